#!/usr/bin/env python3
"""Generates heldout44 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Also checks that no `para:` row uses the stock vocabulary in its language."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'lw': ('lodestar-wire.xml', 'atom', 'Lodestar Wire — World service', 'https://lodestarwire.example', 0, 'en', 'utf-8'),
 'hc': ('susquehanna-courier.xml', 'rss2', 'The Susquehanna Courier — Nation & World', 'https://www.susquehannacourier.example', -5, 'en-us', 'UTF-8'),
 'cn': ('bluecrest-transcripts.xml', 'rss1', 'Bluecrest News Channel — Transcripts', 'https://bluecrest.example', -5, 'en-us', 'utf-8'),
 'dg': ('gotham-daily-blast.xml', 'rss2', 'The Gotham Daily Blast — News', 'https://www.gothamblast.example', -5, 'en-us', 'UTF-8'),
 'cw': ('capitol-watch.xml', 'atom', 'Capitol Watch — Senate hearings', 'https://capitolwatch.example', -5, 'en-us', 'utf-8'),
 'pn': ('the-rundown-desk.json', 'json', 'The Rundown Desk — a producer\'s newsletter by Dana Whitcomb', 'https://rundowndesk.example', -5, 'en', 'utf-8'),
 'ln': ('erie-shoreline-news.xml', 'rss1', 'The Erie Shoreline News', 'https://www.erieshoreline.example', -5, 'en-us', 'utf-8'),
 'ed': ('heraldo-hispano.xml', 'rss2', 'El Heraldo Hispano de Nueva York — Mundo', 'https://www.heraldohispano.example', -5, 'es', 'UTF-8'),
 'nh': ('noticias-del-sol.xml', 'atom', 'Noticias del Sol - Miami - Internacional', 'https://noticiasdelsol.example', -5, 'es', 'ISO-8859-15'),
 'kv': ('kyivskyi-kurier.xml', 'rss2', 'Київський кур’єр — Новини', 'https://kyivskyikurier.example', 2, 'uk', 'windows-1251'),
 'lv': ('lvivska-brama.xml', 'atom', 'Львівська брама — Світ і Україна', 'https://lvivskabrama.example', 2, 'uk', 'utf-8'),
 'pw': ('gazeta-nadwislanska.xml', 'rss1', 'Gazeta Nadwiślańska - Świat', 'https://gazetanadwislanska.example', 1, 'pl', 'ISO-8859-2'),
 'pk': ('kurier-baltycki.xml', 'rss2', 'Kurier Bałtycki — Świat', 'https://kurierbaltycki.example', 1, 'pl', 'UTF-8'),
}

# the stock vocabulary a `para:` row must avoid in title and summary
BANNED = {
 'en': r'guarant|secur|backstop|veto|peacekeep|peace-keep|reassur|coalition of the willing',
 'es': r'garant|segur|veto|vetar|respaldo|fuerzas? de paz|misi[oó]n de paz|mantenimiento de la paz|pacificador|cascos azules|reasegur|coalici[oó]n de (los )?voluntarios',
 'uk': r'гарант|безпек|вето|миротвор|запевн|коаліці\w* охочих',
 'pl': r'gwaran|bezpiecz|wet[oa]|zawet|pokojow|reasekur|uspokoj|koalicj\w* chętnych',
}

def check(rows, byk):
    for r in rows:
        if r['cat'].startswith('para:'):
            text = r['title'] + ' ' + (byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ'])
            m = re.search(BANNED[r['lang']], text, re.I)
            assert not m, (r['key'], m.group(0))

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Dana Whitcomb', check=check)
