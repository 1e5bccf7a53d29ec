#!/usr/bin/env python3
"""Writes heldout10's feeds/, labels.tsv and categories.tsv from entries_*.py.

usage: python3 tests/data/heldout10/src/build.py   (stdlib only)

Each entries_*.py defines ENTRIES, a list of dicts made by e():
  key      short name, unique in the corpus (used by dup_of)
  feed     feed file name (see FEEDS)
  utc      'YYYY-MM-DD HH:MM' in UTC; written in the feed's own time zone
  lang     two-letter language code
  title    headline
  body     list of paragraphs ('' list = title only); None for a wire copy,
           which takes the text of its dup_of original unchanged
  rel      0/1, story slug, follows ('-' or comma list), dup_of (key or '-'),
  cat      stock:x / para:x / neg:x / roundup, note ('-' or 'borderline ...')
"""
import glob, html, importlib.util, json, os, re, sys, unicodedata
from datetime import datetime, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

# name -> (format, encoding, tz, title, site, language, html-in-summary, id style)
FEEDS = {
    'en-tiber-policy-desk.xml': ('rss2', 'UTF-8', 'Europe/Rome', 'Tiber Policy Desk — Europe & Security',
                                 'https://tiberpolicydesk.example', 'en-gb', True, 'link'),
    'en-lusitania-wire.xml': ('atom', 'utf-8', 'UTC', 'Lusitania Wire — World Service',
                              'https://lusitaniawire.example', 'en', False, 'tag'),
    'en-vltava-security-monitor.xml': ('rss1', 'UTF-8', 'Europe/Prague', 'Vltava Security Monitor',
                                       'https://vltavamonitor.example', 'en', False, 'link'),
    'it-gazzetta-tirrenica.xml': ('rss2', 'UTF-8', 'Europe/Rome', 'La Gazzetta Tirrenica — Esteri',
                                  'https://www.gazzettatirrenica.example', 'it-it', True, 'guid'),
    'pt-diario-do-tejo.xml': ('atom', 'UTF-8', 'Europe/Lisbon', 'Diário do Tejo — Mundo',
                              'https://diariodotejo.example', 'pt-PT', True, 'urn'),
    'es-gaceta-mediterranea.xml': ('rss1', 'UTF-8', 'Europe/Madrid', 'Gaceta Mediterránea — Internacional',
                                   'https://gacetamediterranea.example', 'es', False, 'link'),
    'cz-stredoevropsky-prehled.xml': ('rss2', 'windows-1250', 'Europe/Prague', 'Středoevropský přehled',
                                      'https://stredoevropsky-prehled.example', 'cs', True, 'link'),
    'ro-bg-pontica-aggregator.xml': ('rss2', 'UTF-8', 'Europe/Bucharest', 'Pontica — știri din Marea Neagră / новини от Черно море',
                                     'https://pontica.example', 'ro', True, 'guid'),
    'uk-ru-prychornomorya.xml': ('atom', 'UTF-8', 'Europe/Kyiv', 'Причорномор’я — стрічка новин',
                                 'https://prychornomorya.example', 'uk', True, 'tag'),
    'el-aigaio-express.xml': ('rss1', 'UTF-8', 'Europe/Athens', 'Αιγαίο Express — Διεθνή',
                              'https://aigaioexpress.example', 'el', False, 'link'),
    'eu-lowlands-brief.json': ('json', 'utf-8', 'Europe/Amsterdam', 'Lowlands Brief — Europe in three languages',
                               'https://lowlandsbrief.example', 'nl', False, 'url'),
}
FEEDS['pl-kurier-nadwislanski.xml'] = ('rss2', 'UTF-8', 'Europe/Warsaw', 'Kurier Nadwiślański — Świat',
                                       'https://kuriernadwislanski.example', 'pl', True, 'link')

ATOM = 'http://www.w3.org/2005/Atom'


def slugify(s, n=60):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r'[^A-Za-z0-9]+', '-', s.lower()).strip('-')
    if len(s) < 8:  # Greek/Cyrillic titles: keep a readable ascii stem
        s = 'n'
    return s[:n].rstrip('-')


def load():
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, 'entries_*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        out.extend(m.ENTRIES)
    return out


def ident(e, n):
    fmt, enc, tz, title, site, lang, htm, style = FEEDS[e['feed']]
    d = e['dt_local']
    slug = slugify(e['title'])
    if style == 'tag':
        host = site.split('//')[1]
        return f'tag:{host},{d:%Y-%m-%d}:{e["feed"][:2]}{d:%y%m%d}-{n:03d}'
    if style == 'urn':
        return f'{site}/mundo/{d:%Y/%m/%d}/{slug}-{n:04d}'
    if style == 'guid':
        return f'{site}/esteri/{d:%Y%m%d}/{slug}-{7000 + n}.html'
    if style == 'url':
        return f'{site}/{e["lang"]}/{d:%Y/%m}/{slug}-{n}'
    return f'{site}/{d:%Y/%m/%d}/{slug}-{n:03d}'


def esc(s):
    return html.escape(s, quote=False)


def summary_html(e, htm):
    if not e['body']:
        return ''
    if htm:
        return '\n\n'.join(f'<p>{esc(p)}</p>' for p in e['body'])
    return '\n\n'.join(e['body'])


def write_feed(name, items):
    fmt, enc, tz, ftitle, site, flang, htm, style = FEEDS[name]
    items = sorted(items, key=lambda e: e['dt'], reverse=True)
    if not items:
        return
    last = items[0]['dt_local']
    L = []
    if fmt == 'json':
        doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': ftitle,
               'home_page_url': site + '/', 'feed_url': site + '/feed.json',
               'description': 'Short European news in Dutch, French and German', 'language': flang,
               'authors': [{'name': 'Lowlands Brief redactie'}], 'items': []}
        for e in items:
            it = {'id': e['id'], 'url': e['id'], 'title': e['title'],
                  'date_published': e['dt_local'].isoformat(), 'language': e['lang']}
            if e['body']:
                it['content_text'] = '\n\n'.join(e['body'])
                it['content_html'] = '\n'.join(f'<p>{esc(p)}</p>' for p in e['body'])
                it['summary'] = e['body'][0][:140].rsplit(' ', 1)[0] + ' …'
            doc['items'].append(it)
        with open(os.path.join(OUT, 'feeds', name), 'w', encoding='utf-8') as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        return
    L.append(f'<?xml version="1.0" encoding="{enc}"?>')
    if fmt == 'rss2':
        L.append('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
                 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">')
        L.append('  <channel>')
        L.append(f'    <title>{esc(ftitle)}</title>')
        L.append(f'    <link>{site}/</link>')
        L.append(f'    <description>{esc(ftitle)}</description>')
        L.append(f'    <language>{flang}</language>')
        L.append(f'    <lastBuildDate>{format_datetime(last)}</lastBuildDate>')
        L.append(f'    <atom:link href="{site}/rss.xml" rel="self" type="application/rss+xml"/>')
        for e in items:
            L.append('    <item>')
            L.append(f'      <title>{esc(e["title"])}</title>')
            link = e['id'] if style == 'link' else e['id']
            L.append(f'      <link>{esc(link)}</link>')
            perma = 'true'
            L.append(f'      <guid isPermaLink="{perma}">{esc(e["id"])}</guid>')
            L.append(f'      <pubDate>{format_datetime(e["dt_local"])}</pubDate>')
            if e['lang'] != flang[:2]:
                L.append(f'      <dc:language>{e["lang"]}</dc:language>')
            if e['author']:
                L.append(f'      <dc:creator>{esc(e["author"])}</dc:creator>')
            s = summary_html(e, htm)
            if s:
                L.append(f'      <description>{esc(s)}</description>')
            L.append('    </item>')
        L.append('  </channel>')
        L.append('</rss>')
    elif fmt == 'atom':
        L.append(f'<feed xmlns="{ATOM}" xml:lang="{flang}">')
        L.append(f'  <title>{esc(ftitle)}</title>')
        L.append(f'  <id>{site}/feed.atom</id>')
        L.append(f'  <updated>{last.isoformat()}</updated>')
        L.append(f'  <link rel="self" type="application/atom+xml" href="{site}/feed.atom"/>')
        L.append(f'  <link rel="alternate" type="text/html" href="{site}/"/>')
        L.append(f'  <author><name>{esc(ftitle.split(" —")[0])}</name></author>')
        for e in items:
            lang = '' if e['lang'] == flang[:2] else f' xml:lang="{e["lang"]}"'
            L.append(f'  <entry{lang}>')
            L.append(f'    <id>{esc(e["id"])}</id>')
            L.append(f'    <title type="text">{esc(e["title"])}</title>')
            href = e['id'] if e['id'].startswith('http') else f'{site}/n/{e["n"]}'
            L.append(f'    <link rel="alternate" type="text/html" href="{esc(href)}"/>')
            L.append(f'    <published>{e["dt_local"].isoformat()}</published>')
            L.append(f'    <updated>{e["dt_local"].isoformat()}</updated>')
            if e['author']:
                L.append(f'    <author><name>{esc(e["author"])}</name></author>')
            s = summary_html(e, htm)
            if s:
                L.append(f'    <summary type="{"html" if htm else "text"}">{esc(s)}</summary>')
            L.append('  </entry>')
        L.append('</feed>')
    else:  # rss1
        L.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                 'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
        L.append(f'  <channel rdf:about="{site}/rss">')
        L.append(f'    <title>{esc(ftitle)}</title>')
        L.append(f'    <link>{site}/</link>')
        L.append(f'    <description>{esc(ftitle)}</description>')
        L.append(f'    <dc:language>{flang}</dc:language>')
        L.append(f'    <dc:date>{last.isoformat()}</dc:date>')
        L.append('    <items>')
        L.append('      <rdf:Seq>')
        for e in items:
            L.append(f'        <rdf:li rdf:resource="{esc(e["id"])}"/>')
        L.append('      </rdf:Seq>')
        L.append('    </items>')
        L.append('  </channel>')
        for e in items:
            L.append(f'  <item rdf:about="{esc(e["id"])}">')
            L.append(f'    <title>{esc(e["title"])}</title>')
            L.append(f'    <link>{esc(e["id"])}</link>')
            s = summary_html(e, htm)
            if s:
                L.append(f'    <description>{esc(s)}</description>')
            L.append(f'    <dc:date>{e["dt_local"].isoformat()}</dc:date>')
            if e['lang'] != flang[:2]:
                L.append(f'    <dc:language>{e["lang"]}</dc:language>')
            if e['author']:
                L.append(f'    <dc:creator>{esc(e["author"])}</dc:creator>')
            L.append('  </item>')
        L.append('</rdf:RDF>')
    data = '\n'.join(L) + '\n'
    with open(os.path.join(OUT, 'feeds', name), 'wb') as fh:
        fh.write(data.encode(enc, errors='xmlcharrefreplace'))


def main():
    ents = load()
    keys = {}
    for n, e in enumerate(ents, 1):
        assert e['key'] not in keys, e['key']
        assert e['feed'] in FEEDS, e['feed']
        keys[e['key']] = e
        e['n'] = n
        e['dt'] = datetime.strptime(e['utc'], '%Y-%m-%d %H:%M').replace(tzinfo=timezone.utc)
        e['dt_local'] = e['dt'].astimezone(ZoneInfo(FEEDS[e['feed']][2]))
    for e in ents:
        if e['dup'] != '-':
            o = keys[e['dup']]
            if e['body'] is None:
                e['body'] = o['body']
            e['rel'], e['story'], e['follows'] = o['rel'], o['story'], o['follows']
        e['id'] = ident(e, e['n'])
    for e in ents:
        e['dup_id'] = keys[e['dup']]['id'] if e['dup'] != '-' else '-'
    os.makedirs(os.path.join(OUT, 'feeds'), exist_ok=True)
    for name in FEEDS:
        write_feed(name, [e for e in ents if e['feed'] == name])
    ents.sort(key=lambda e: (e['feed'], e['dt']))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for e in ents:
            fh.write('\t'.join([e['feed'], e['id'], e['dt'].strftime('%Y-%m-%dT%H:%M:%SZ'), e['lang'],
                                str(e['rel']), e['story'], e['follows'], e['dup_id'], e['note']]) + '\n')
    with open(os.path.join(OUT, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for e in ents:
            text = ' '.join(e['body'])
            form = 'title-only' if not text else ('long' if len(e['body']) > 1 or len(text) > 320 else 'short')
            fh.write('\t'.join([e['feed'], e['id'], str(e['rel']), e['cat'], form]) + '\n')


if __name__ == '__main__':
    main()
