#!/usr/bin/env python3
"""Generates the probes5 feeds (one RSS 2.0 feed per language) and labels.tsv
from entries.txt.  Run from anywhere: python3 src/gen.py.

entries.txt: one entry per line, fields separated by '|':
  lang | relevance (1/0) | story slug | title | summary
Lines starting with # and blank lines are skipped.  Entry ids, links and
dates (2026-09-01 12:00 UTC onwards, one every 8 hours per feed) are derived from
the order of the lines, so that adding an entry at the end of a language
changes no other entry."""
import os, html
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = 'feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote'


def main():
    rows = []
    with open(os.path.join(HERE, 'entries.txt'), encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            f = [x.strip() for x in line.split('|')]
            assert len(f) == 5, line
            assert f[1] in ('0', '1'), line
            rows.append(f)
    slugs = [(r[0], r[2]) for r in rows]
    assert len(slugs) == len(set(slugs)), 'story slugs repeat within a language'
    bylang = {}
    for r in rows:
        bylang.setdefault(r[0], []).append(r)
    os.makedirs(os.path.join(ROOT, 'feeds'), exist_ok=True)
    labels = [HEADER]
    start = datetime(2026, 9, 1, 12, 0, tzinfo=timezone.utc)
    for lang, items in sorted(bylang.items()):
        feed = f'probe-{lang}.xml'
        site = f'https://probes-{lang}.example'
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '<channel>',
               f'<title>Probe desk ({lang})</title>', f'<link>{site}/</link>',
               f'<description>Hand-written probes, {lang}</description>', f'<language>{lang}</language>']
        for i, (lg, rel, story, title, summ) in enumerate(items):
            guid = f'{site}/p/{i + 1}'
            when = start + timedelta(hours=8 * i)
            out += ['<item>', f'<title>{html.escape(title, quote=False)}</title>',
                    f'<link>{guid}</link>', f'<guid isPermaLink="true">{guid}</guid>',
                    f'<pubDate>{format_datetime(when)}</pubDate>',
                    f'<description>{html.escape(summ, quote=False)}</description>', '</item>']
            labels.append('\t'.join([feed, guid, when.strftime('%Y-%m-%dT%H:%M:%SZ'), lang, rel,
                                     f'{lang}-{story}', '-', '-', '-']))
        out += ['</channel>', '</rss>', '']
        with open(os.path.join(ROOT, 'feeds', feed), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(out))
    with open(os.path.join(ROOT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(labels) + '\n')


if __name__ == '__main__':
    main()
