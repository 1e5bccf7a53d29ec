#!/usr/bin/env python3
"""Check the held-out corpus: feeds are well-formed, labels.tsv matches them.

usage: check_labels.py [DIR]   (default: the folder this script is in)

Checks: every feeds/*.xml parses (and passes `xmllint --noout` when xmllint is
installed); labels.tsv has the exact header and 9 fields a row; every label row
names exactly one entry of its feed and every entry has exactly one row; the
`published` value equals the entry's date (Atom <published>, else <updated>;
RSS 2.0 <pubDate>; RSS 1.0 <dc:date>) converted to UTC; dup_of names an
earlier entry of the same story that is not itself a copy; follows names known
story slugs that start earlier. Exit status 1 on any problem.
"""
import collections, datetime, email.utils, os, shutil, subprocess, sys
import xml.etree.ElementTree as ET

HEADER = ['feed', 'entry_id', 'published', 'lang', 'relevant', 'story', 'follows', 'dup_of', 'note']
NS = {'atom': 'http://www.w3.org/2005/Atom', 'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'rss1': 'http://purl.org/rss/1.0/', 'dc': 'http://purl.org/dc/elements/1.1/'}
RDF_ABOUT = '{%s}about' % NS['rdf']

def parse_date(s):
    s = s.strip()
    try:
        dt = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        dt = datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
    if dt.tzinfo is None:
        raise ValueError('no timezone in %r' % s)
    return dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')

def feed_entries(path):
    """[(entry_id, published_utc)] in document order, and the feed format."""
    root = ET.parse(path).getroot()
    out = []
    if root.tag == '{%s}feed' % NS['atom']:
        for e in root.findall('atom:entry', NS):
            d = e.findtext('atom:published', None, NS) or e.findtext('atom:updated', None, NS)
            out.append((e.findtext('atom:id', '', NS).strip(), parse_date(d)))
        return 'atom', out
    if root.tag == 'rss':
        for it in root.iter('item'):
            i = (it.findtext('guid') or it.findtext('link') or '').strip()
            out.append((i, parse_date(it.findtext('pubDate'))))
        return 'rss2', out
    if root.tag == '{%s}RDF' % NS['rdf']:
        for it in root.findall('rss1:item', NS):
            out.append((it.get(RDF_ABOUT, '').strip(), parse_date(it.findtext('dc:date', None, NS))))
        return 'rss1', out
    raise ValueError('unknown feed root %s' % root.tag)

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs = []
    feeds_dir = os.path.join(d, 'feeds')
    files = sorted(f for f in os.listdir(feeds_dir) if f.endswith('.xml'))
    xmllint = shutil.which('xmllint')
    have, formats = {}, {}
    for f in files:
        p = os.path.join(feeds_dir, f)
        if xmllint:
            r = subprocess.run([xmllint, '--noout', p], capture_output=True, text=True)
            if r.returncode:
                errs.append('%s: xmllint: %s' % (f, r.stderr.strip()))
        try:
            formats[f], ents = feed_entries(p)
        except Exception as ex:
            errs.append('%s: %s' % (f, ex))
            continue
        c = collections.Counter(i for i, _ in ents)
        for i, n in c.items():
            if not i:
                errs.append('%s: entry without id' % f)
            elif n > 1:
                errs.append('%s: id %s appears %d times' % (f, i, n))
        for i, pub in ents:
            have[(f, i)] = pub
    rows = {}
    with open(os.path.join(d, 'labels.tsv'), encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        if head != HEADER:
            errs.append('labels.tsv: header is %r' % head)
        for ln, line in enumerate(fh, 2):
            if not line.strip():
                continue
            v = line.rstrip('\n').split('\t')
            if len(v) != len(HEADER):
                errs.append('labels.tsv:%d: %d fields' % (ln, len(v)))
                continue
            r = dict(zip(HEADER, v))
            k = (r['feed'], r['entry_id'])
            if k in rows:
                errs.append('labels.tsv:%d: duplicate row for %s %s' % (ln, *k))
            rows[k] = r
            if r['relevant'] not in ('0', '1'):
                errs.append('labels.tsv:%d: relevant %r' % (ln, r['relevant']))
            if len(r['lang']) != 2 or not r['lang'].islower():
                errs.append('labels.tsv:%d: lang %r' % (ln, r['lang']))
            if not r['story'] or r['story'] == '-':
                errs.append('labels.tsv:%d: no story slug' % ln)
            if r['note'] != '-' and not r['note'].startswith('borderline'):
                errs.append('labels.tsv:%d: note must be - or borderline: ...' % ln)
            if k not in have:
                errs.append('labels.tsv:%d: no entry %s in %s' % (ln, r['entry_id'], r['feed']))
            elif have[k] != r['published']:
                errs.append('labels.tsv:%d: published %s but the feed says %s' % (ln, r['published'], have[k]))
    for k in have:
        if k not in rows:
            errs.append('%s: entry %s has no label row' % k)
    by_id = collections.defaultdict(list)
    for r in rows.values():
        by_id[r['entry_id']].append(r)
    first = {}
    for r in rows.values():
        first[r['story']] = min(first.get(r['story'], r['published']), r['published'])
    for r in rows.values():
        if r['dup_of'] != '-':
            o = by_id.get(r['dup_of'])
            if not o:
                errs.append('%s: dup_of %s is no labelled entry' % (r['entry_id'], r['dup_of']))
                continue
            o = o[0]
            if o['published'] > r['published']:
                errs.append('%s: dup_of names a later entry' % r['entry_id'])
            if o['dup_of'] != '-':
                errs.append('%s: dup_of names a copy, not the original' % r['entry_id'])
            if o['story'] != r['story']:
                errs.append('%s: duplicate of an entry in another story' % r['entry_id'])
        if r['follows'] != '-':
            for s in r['follows'].split(','):
                s = s.strip()
                if s not in first:
                    errs.append('%s: follows unknown story %s' % (r['entry_id'], s))
                elif s == r['story'] or first[s] > r['published']:
                    errs.append('%s: follows %s, which starts later' % (r['entry_id'], s))
    n = len(rows)
    scored = [r for r in rows.values() if not r['note'].startswith('borderline')]
    rel = sum(r['relevant'] == '1' for r in scored)
    langs = collections.Counter(r['lang'] for r in rows.values())
    print('feeds %d (%s), entries %d, label rows %d' % (len(files),
          ', '.join('%s %d' % kv for kv in sorted(collections.Counter(formats.values()).items())), len(have), n))
    print('relevant %d of %d scored (%.0f %%), borderline %d, duplicates %d, stories %d' % (
          rel, len(scored), 100.0 * rel / max(1, len(scored)), n - len(scored),
          sum(r['dup_of'] != '-' for r in rows.values()), len(first)))
    print('languages: ' + ', '.join('%s %d' % kv for kv in sorted(langs.items())))
    for e in errs:
        print('ERROR', e)
    print('OK' if not errs else '%d problem(s)' % len(errs))
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
