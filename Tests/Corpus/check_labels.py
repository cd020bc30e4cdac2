#!/usr/bin/env python3
"""Checks every label of a labelled set (a folder, searched recursively): valid JSON of the dev schema, and every title,
resolution and action text a verbatim substring of the document's whitespace-collapsed text.

A label is `X.json` beside `X.txt`, or `NAME.json` beside any document `NAME` (`X.pdf.json`, `X.docx.json`,
`X.html.json`, `X.md.json`). The text of a PDF is `pdftotext`'s (reading order, poppler-utils), of a .docx its
paragraphs, of HTML its visible text; ligatures and typographic quotes are folded on both sides. For PDF and .docx a
text that is not found is a warning to check by eye (extraction differs from reader to reader); for text formats it
is a failure. Usage: check_labels.py FOLDER. Prints counts; exits 1 on any failure."""
import glob, html, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile

if len(sys.argv) != 2:
    sys.exit('usage: check_labels.py FOLDER')
here = sys.argv[1]
FOLD = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' '})
collapse = lambda s: re.sub(r'\s+', ' ', s).strip()
fold = lambda s: collapse(unicodedata.normalize('NFKC', s).translate(FOLD))


class VisibleText(html.parser.HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ('script', 'style')
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        self.skip -= tag in ('script', 'style') and self.skip > 0
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def document_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == '.pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, check=True).stdout.decode('utf-8', 'replace')
    if ext == '.docx':
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>|</w:tc>', '\n', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8-sig')
    except UnicodeDecodeError:
        text = raw.decode('cp1252', 'replace')
    if ext in ('.html', '.htm'):
        parser = VisibleText()
        parser.feed(text)
        return ''.join(parser.parts)
    return text


def labelled_documents(folder):
    for label_path in sorted(glob.glob(os.path.join(folder, '**', '*.json'), recursive=True)):
        document = label_path[:-5]
        if os.path.isfile(document):
            yield label_path, document
        elif os.path.isfile(document + '.txt'):
            yield label_path, document + '.txt'
        else:
            yield label_path, None


failures, warnings = [], []
totals = dict(files=0, items=0, resolutions=0, actions=0, names=0)
for label_path, document in labelled_documents(here):
    name = os.path.relpath(label_path, here)
    if document is None:
        failures.append(f'{name}: no document beside it')
        continue
    soft = os.path.splitext(document)[1].lower() in ('.pdf', '.docx')
    text = fold(document_text(document))
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
            if fold(s) not in text:
                (warnings if soft else failures).append(f'{name} item {i}: {kind} not a substring: {s[:70]!r}')
        for a in item['actions']:
            due = a['due']
            if due and due not in ('next meeting', 'future meeting') and not re.fullmatch(r'\d{4}-\d{2}(-\d{2})?|Q[1-4]', due):
                failures.append(f'{name} item {i}: due {due!r} not of the schema')
    if label['attendance']:
        totals['names'] += sum(len(v) for v in label['attendance'].values())
print('  '.join(f'{k} {v}' for k, v in totals.items()))
for w in warnings:
    print('WARN', w)
for f in failures:
    print('FAIL', f)
sys.exit(1 if failures else 0)
