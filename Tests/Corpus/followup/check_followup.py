#!/usr/bin/env python3
"""Validate every followup.json under this folder (or the folders given).

Checks: schema and field types, status values, that every meeting's document exists, that dates are
meetings of the set, that `text` and `closed_by.evidence` are substrings of the whitespace-collapsed
documents of their meetings, that `closed_by` is later than the action's meeting and present only for
`done`, and that `carried_forward_in` dates are later meetings of the set.
Usage: python3 check_followup.py [DIR ...]     (no dependencies)
"""
import json
import os
import re
import sys

STATUSES = {"done", "carried_forward", "overdue", "open"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACTION_KEYS = {"meeting", "item", "item_title", "text", "due", "status", "closed_by",
               "carried_forward_in", "notes"}
CLOSED_KEYS = {"meeting", "item", "item_title", "evidence"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def check_file(path):
    errors = []
    base = os.path.dirname(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{path}: cannot read JSON: {e}"], 0, {}

    def err(msg):
        errors.append(f"{path}: {msg}")

    for key in ("council", "committee", "meetings", "actions"):
        if key not in data:
            err(f"missing key {key!r}")
    if errors:
        return errors, 0, {}
    if not isinstance(data["council"], str) or not data["council"]:
        err("council must be a non-empty string")
    if not isinstance(data["committee"], str) or not data["committee"]:
        err("committee must be a non-empty string")

    texts = {}
    dates = []
    for m in data["meetings"]:
        if set(m) != {"date", "document", "source"}:
            err(f"meeting {m!r}: keys must be date, document, source")
            continue
        if not DATE.match(m["date"]):
            err(f"meeting date {m['date']!r} is not YYYY-MM-DD")
        if not isinstance(m["source"], str) or not m["source"]:
            err(f"meeting {m['date']}: source must be a non-empty string")
        doc = os.path.join(base, m["document"])
        if not os.path.isfile(doc):
            err(f"meeting {m['date']}: document {m['document']} missing")
            continue
        with open(doc, encoding="utf-8") as f:
            texts[m["date"]] = collapse(f.read())
        dates.append(m["date"])
    if dates != sorted(dates) or len(set(dates)) != len(dates):
        err("meetings must be in date order without repeats")
    if len(dates) < 4:
        err(f"only {len(dates)} meetings (at least 4 expected)")

    counts = {s: 0 for s in STATUSES}
    for i, a in enumerate(data["actions"]):
        where = f"action {i} ({a.get('meeting')}, {str(a.get('text'))[:40]!r})"
        if set(a) != ACTION_KEYS:
            err(f"{where}: keys {sorted(set(a) ^ ACTION_KEYS)} wrong")
            continue
        if a["meeting"] not in texts:
            err(f"{where}: meeting is not a meeting of the set")
            continue
        for k in ("item", "item_title", "due", "notes"):
            if a[k] is not None and not isinstance(a[k], str):
                err(f"{where}: {k} must be a string or null")
        if not isinstance(a["text"], str) or not a["text"].strip():
            err(f"{where}: empty text")
            continue
        if collapse(a["text"]) != a["text"]:
            err(f"{where}: text is not whitespace-collapsed")
        if collapse(a["text"]) not in texts[a["meeting"]]:
            err(f"{where}: text is not in the document of {a['meeting']}")
        if a["item_title"] and collapse(a["item_title"]) not in texts[a["meeting"]]:
            err(f"{where}: item_title is not in the document")
        st = a["status"]
        if st not in STATUSES:
            err(f"{where}: status {st!r} not one of {sorted(STATUSES)}")
            continue
        counts[st] += 1
        cb = a["closed_by"]
        if st == "done":
            if not isinstance(cb, dict) or set(cb) != CLOSED_KEYS:
                err(f"{where}: done needs closed_by with keys {sorted(CLOSED_KEYS)}")
            else:
                if cb["meeting"] not in texts:
                    err(f"{where}: closed_by meeting {cb['meeting']} is not a meeting of the set")
                else:
                    if cb["meeting"] <= a["meeting"]:
                        err(f"{where}: closed_by meeting is not later than the action's meeting")
                    ev = cb["evidence"]
                    if not isinstance(ev, str) or not ev.strip():
                        err(f"{where}: empty evidence")
                    elif collapse(ev) not in texts[cb["meeting"]]:
                        err(f"{where}: evidence is not in the document of {cb['meeting']}")
                    if cb["item_title"] and collapse(cb["item_title"]) not in texts[cb["meeting"]]:
                        err(f"{where}: closed_by.item_title is not in the document of {cb['meeting']}")
        elif cb is not None:
            err(f"{where}: closed_by must be null unless status is done")
        cf = a["carried_forward_in"]
        if not isinstance(cf, list):
            err(f"{where}: carried_forward_in must be a list")
        else:
            for d in cf:
                if d not in texts:
                    err(f"{where}: carried_forward_in date {d} is not a meeting of the set")
                elif d <= a["meeting"]:
                    err(f"{where}: carried_forward_in date {d} is not later than the action")
            if st == "carried_forward" and not cf:
                err(f"{where}: carried_forward needs at least one carried_forward_in date")
        if st == "overdue" and cf:
            err(f"{where}: overdue but mentioned as ongoing in {cf} (should be carried_forward)")
    return errors, len(dates), counts


def main(argv):
    roots = argv[1:] or [os.path.dirname(os.path.abspath(__file__))]
    files = []
    for r in roots:
        for dirpath, _, names in os.walk(r):
            if "followup.json" in names:
                files.append(os.path.join(dirpath, "followup.json"))
    if not files:
        print("no followup.json found")
        return 1
    all_errors = []
    total = {s: 0 for s in STATUSES}
    meetings = 0
    for path in sorted(files):
        errors, n, counts = check_file(path)
        all_errors += errors
        meetings += n
        line = " ".join(f"{s}={counts.get(s, 0)}" for s in sorted(STATUSES))
        print(f"{'FAIL' if errors else 'ok  '} {os.path.relpath(path)}  meetings={n}  "
              f"actions={sum(counts.values())}  {line}")
        for s in STATUSES:
            total[s] += counts.get(s, 0)
    for e in all_errors:
        print("FAIL", e)
    print(f"committees {len(files)}  meetings {meetings}  actions {sum(total.values())}  "
          + " ".join(f"{s} {total[s]}" for s in sorted(total)))
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
