#!/usr/bin/env python3
"""Consistency check for a labelled corpus of tests/data (heldout5 and later;
stdlib only, plus the xmllint binary).  Grown from heldout4's own check.

usage: python3 tests/data/check_labels.py CORPUS_DIR [FIRST..LAST]
FIRST..LAST (YYYY-MM-DD): the dates the corpus covers (default 2026-09-01..2026-11-30).

Checks: every feed is well-formed (xmllint --noout); labels.tsv has the exact header;
labels and feed entries correspond one to one (feed file + guid/id/rdf:about);
`published` equals the entry's own date converted to UTC; relevant is 0/1; every
row has a story slug; `follows` names existing slugs; `dup_of` names an existing,
earlier-or-equal entry of the same story; notes are '-' or start with 'borderline';
each XML feed decodes in the encoding it declares; categories.tsv covers the same
entries with the same relevance.
"""
import os, subprocess, sys, re, json, collections
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

HEADER = ['feed', 'entry_id', 'published', 'lang', 'relevant', 'story', 'follows', 'dup_of', 'note']
A = '{http://www.w3.org/2005/Atom}'
R = '{http://www.w3.org/1999/02/22-rdf-syntax-ns#}'
R1 = '{http://purl.org/rss/1.0/}'
DC = '{http://purl.org/dc/elements/1.1/}'

def utc(dt):
    return dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')

def entries(path):
    if path.endswith('.json'):
        with open(path, encoding='utf-8') as fh:
            doc = json.load(fh)
        if doc.get('version') != 'https://jsonfeed.org/version/1.1':
            raise ValueError('not JSON Feed 1.1: ' + path)
        return {it['id']: utc(datetime.fromisoformat(it['date_published'])) for it in doc['items']}
    root = ET.parse(path).getroot()
    out = {}
    if root.tag == 'rss':
        for it in root.iter('item'):
            out[it.findtext('guid').strip()] = utc(parsedate_to_datetime(it.findtext('pubDate').strip()))
    elif root.tag == A + 'feed':
        for en in root.iter(A + 'entry'):
            d = en.findtext(A + 'published') or en.findtext(A + 'updated')
            out[en.findtext(A + 'id').strip()] = utc(datetime.fromisoformat(d.strip()))
    elif root.tag == R + 'RDF':
        for it in root.iter(R1 + 'item'):
            out[it.get(R + 'about')] = utc(datetime.fromisoformat(it.findtext(DC + 'date').strip()))
    else:
        raise ValueError('unknown feed type ' + root.tag)
    return out

def summaries(path):
    """entry id -> summary/description/content text ('' when absent)."""
    if path.endswith('.json'):
        with open(path, encoding='utf-8') as fh:
            return {it['id']: it.get('content_text', '') for it in json.load(fh)['items']}
    root = ET.parse(path).getroot()
    if root.tag == 'rss':
        return {it.findtext('guid').strip(): (it.findtext('description') or '') for it in root.iter('item')}
    if root.tag == A + 'feed':
        return {en.findtext(A + 'id').strip(): (en.findtext(A + 'summary') or '') for en in root.iter(A + 'entry')}
    return {it.get(R + 'about'): (it.findtext(R1 + 'description') or '') for it in root.iter(R1 + 'item')}

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    first, last = (sys.argv[2] if len(sys.argv) > 2 else '2026-09-01..2026-11-30').split('..')
    errs = []
    fdir = os.path.join(d, 'feeds')
    feeds = sorted(f for f in os.listdir(fdir) if f.endswith(('.xml', '.json')))
    got = {}
    summ = {}
    for f in feeds:
        p = os.path.join(fdir, f)
        if f.endswith('.xml'):
            raw = open(p, 'rb').read()
            m = re.match(rb'<\?xml[^>]*encoding="([^"]+)"', raw)
            try:
                raw.decode(m.group(1).decode() if m else 'utf-8')
            except (UnicodeDecodeError, LookupError) as ex:
                errs.append(f'{f}: does not decode as declared: {ex}')
        try:
            for k, v in summaries(p).items():
                summ[(f, k)] = re.sub(r'<[^>]+>', '', v).strip()
            for k, v in entries(p).items():
                if (f, k) in got:
                    errs.append(f'duplicate id in feed {f}: {k}')
                got[(f, k)] = v
        except (ValueError, KeyError, ET.ParseError) as ex:
            errs.append(f'{f}: {ex}')
        if f.endswith('.json'):
            continue
        r = subprocess.run(['xmllint', '--noout', p], capture_output=True, text=True)
        if r.returncode:
            errs.append(f'xmllint {f}: {r.stderr.strip()}')
    with open(os.path.join(d, 'labels.tsv'), encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        if head != HEADER:
            errs.append(f'bad header {head}')
        rows = [dict(zip(HEADER, l.rstrip('\n').split('\t'))) for l in fh if l.strip()]
    seen = set()
    for r in rows:
        k = (r['feed'], r['entry_id'])
        if len(r) != 9 or None in r.values():
            errs.append(f'bad row {r}')
        if k in seen:
            errs.append(f'duplicate label {k}')
        seen.add(k)
        if k not in got:
            errs.append(f'label without entry {k}')
        elif got[k] != r['published']:
            errs.append(f'date mismatch {k}: feed {got[k]} label {r["published"]}')
        if not (first <= r['published'][:10] <= last):
            errs.append(f'date out of range {k}')
        if r['relevant'] not in ('0', '1'):
            errs.append(f'relevant not 0/1 {k}')
        if not re.fullmatch(r'[a-z]{2}', r['lang']):
            errs.append(f'bad lang {k}')
        if r['story'] in ('', '-'):
            errs.append(f'no story {k}')
        if r['note'] != '-' and not r['note'].startswith('borderline'):
            errs.append(f'bad note {k}')
    for k in got:
        if k not in seen:
            errs.append(f'entry without label {k}')
    cpath = os.path.join(d, 'categories.tsv')
    if os.path.exists(cpath):
        rel = {(r['feed'], r['entry_id']): r['relevant'] for r in rows}
        with open(cpath, encoding='utf-8') as fh:
            if fh.readline().rstrip('\n').split('\t') != ['feed', 'entry_id', 'relevant', 'category', 'form']:
                errs.append('bad categories.tsv header')
            cats = {}
            for l in fh:
                if l.strip():
                    c = l.rstrip('\n').split('\t')
                    cats[(c[0], c[1])] = c
        if set(cats) != set(rel):
            errs.append('categories.tsv does not cover exactly the labelled entries')
        for k, c in cats.items():
            if k in rel and c[2] != rel[k]:
                errs.append(f'categories.tsv relevance differs {k}')
            if len(c) != 5 or c[4] not in ('title-only', 'short', 'long'):
                errs.append(f'categories.tsv bad form {k}')
            elif k in summ and (c[4] == 'title-only') != (summ[k] == ''):
                errs.append(f'categories.tsv form does not match the entry {k}')
            if not re.fullmatch(r'(stock|para|neg):[a-z0-9-]+|roundup', c[3]):
                errs.append(f'categories.tsv bad category {k}')
            elif (c[3].startswith('neg:') and c[2] != '0') or (c[3][:5] in ('stock', 'para:') and c[2] != '1'):
                errs.append(f'categories.tsv category contradicts relevance {k}')
    stories = {r['story'] for r in rows}
    byid = {}
    for r in rows:
        byid.setdefault(r['entry_id'], r)
    for r in rows:
        if r['follows'] != '-':
            for s in r['follows'].split(','):
                if s not in stories:
                    errs.append(f'follows unknown story {s} in {r["entry_id"]}')
                if s == r['story']:
                    errs.append(f'story follows itself {r["entry_id"]}')
        if r['dup_of'] != '-':
            t = byid.get(r['dup_of'])
            if t is None:
                errs.append(f'dup_of unknown {r["dup_of"]}')
            else:
                if t['dup_of'] != '-':
                    errs.append(f'dup_of points at a non-root copy {r["entry_id"]}')
                if t['published'] > r['published']:
                    errs.append(f'dup_of target later than copy {r["entry_id"]}')
                if t['story'] != r['story'] or t['relevant'] != r['relevant']:
                    errs.append(f'dup pair differs in story/relevance {r["entry_id"]}')
                a, b = summ.get((r['feed'], r['entry_id'])), summ.get((t['feed'], t['entry_id']))
                if a is not None and b is not None and a != b:
                    errs.append(f'dup copy text differs from its original {r["entry_id"]}')
    for e in errs:
        print('ERROR', e)
    rel = sum(r['relevant'] == '1' for r in rows)
    print(f'{len(feeds)} feeds, {len(rows)} labelled entries, {rel} relevant, '
          f'{sum(r["note"].startswith("borderline") for r in rows)} borderline, '
          f'{sum(r["dup_of"] != "-" for r in rows)} duplicates, {len(stories)} stories; '
          + ('OK' if not errs else f'{len(errs)} errors'))
    lang = collections.Counter(r['lang'] for r in rows)
    print('languages: ' + ', '.join(f'{l} {n}' for l, n in lang.most_common()))
    if os.path.exists(cpath):
        print('forms: ' + ', '.join(f'{f} {n}' for f, n in collections.Counter(c[4] for c in cats.values()).most_common()))
        kinds = collections.Counter(c[3].split(':')[0] for c in cats.values())
        print('categories: ' + ', '.join(f'{f} {n}' for f, n in kinds.most_common()))
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
