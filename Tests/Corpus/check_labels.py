#!/usr/bin/env python3
"""Checks every label of a labelled set (a folder: holdout, blind): valid JSON of the dev schema, and every title,
resolution and action text a verbatim substring of the whitespace-collapsed .txt beside it.
Usage: check_labels.py FOLDER. Prints counts; exits 1 on any failure."""
import glob, json, os, re, sys

if len(sys.argv) != 2:
    sys.exit('usage: check_labels.py FOLDER')
here = sys.argv[1]
collapse = lambda s: re.sub(r'\s+', ' ', s).strip()
failures, totals = [], dict(files=0, items=0, resolutions=0, actions=0, names=0)
for label_path in sorted(glob.glob(os.path.join(here, '*.json'))):
    txt_path = label_path[:-5] + '.txt'
    name = os.path.basename(label_path)
    if not os.path.exists(txt_path):
        failures.append(f'{name}: no .txt beside it'); continue
    text = collapse(open(txt_path, encoding='utf-8').read())
    label = json.load(open(label_path, encoding='utf-8'))
    for key in ('council', 'committee', 'meeting_date', 'items', 'attendance'):
        if key not in label:
            failures.append(f'{name}: missing key {key}')
    if label.get('meeting_date') and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', label['meeting_date']):
        failures.append(f'{name}: meeting_date not YYYY-MM-DD')
    totals['files'] += 1
    for i, item in enumerate(label['items']):
        totals['items'] += 1
        strings = ([('title', item['title'])] if item['title'] else []) \
            + [('resolution', r) for r in item['resolutions']] \
            + [('action', a['text']) for a in item['actions']]
        totals['resolutions'] += len(item['resolutions']); totals['actions'] += len(item['actions'])
        for kind, s in strings:
            if collapse(s) != s:
                failures.append(f'{name} item {i}: {kind} has uncollapsed whitespace')
            if s not in text:
                failures.append(f'{name} item {i}: {kind} not a substring: {s[:70]!r}')
        for a in item['actions']:
            due = a['due']
            if due and due not in ('next meeting', 'future meeting') and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?|Q[1-4]', due):
                failures.append(f'{name} item {i}: due {due!r} not of the schema')
    if label['attendance']:
        totals['names'] += sum(len(v) for v in label['attendance'].values())
print('  '.join(f'{k} {v}' for k, v in totals.items()))
for f in failures:
    print('FAIL', f)
sys.exit(1 if failures else 0)
