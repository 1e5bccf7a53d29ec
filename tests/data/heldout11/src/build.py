#!/usr/bin/env python3
"""Writes ../feeds/, ../labels.tsv and ../categories.tsv from entries_*.py.

Each entry: E(feed, 'YYYY-MM-DD HH:MM', '+HHMM', lang, rel, story, follows,
category, title, text, key=None, dup=None, note='-', html=False).
A row with dup='key' is a rerun of the entry with that key: its text is copied
verbatim (only the headline and outlet differ).
"""
import os, sys, json, hashlib, re
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from feeds_def import FEEDS

ENTRIES = []
KEYS = {}

def E(feed, local, tz, lang, rel, story, follows, cat, title, text, key=None, dup=None,
      note='-', html=False):
    e = dict(feed=feed, local=local, tz=tz, lang=lang, rel=rel, story=story,
             follows=follows, cat=cat, title=title, text=text, key=key, dup=dup,
             note=note, html=html)
    if dup:
        src = KEYS[dup]
        e['text'] = src['text']
        e['html'] = src['html']
    if key:
        KEYS[key] = e
    ENTRIES.append(e)
    return e

def dt(e):
    d = datetime.strptime(e['local'] + ' ' + e['tz'], '%Y-%m-%d %H:%M %z')
    return d

def utc(e):
    return dt(e).astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')

def slugify(s):
    s = re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
    return s[:60] or 'item'

def load():
    import builtins
    builtins.E = E
    for f in sorted(os.listdir(HERE)):
        if f.startswith('entries_') and f.endswith('.py'):
            exec(compile(open(os.path.join(HERE, f), encoding='utf-8').read(), f, 'exec'),
                 {'E': E})

def make_id(e, n):
    fd = FEEDS[e['feed']]
    h = hashlib.sha1((e['feed'] + e['title'] + e['local']).encode()).hexdigest()
    d = dt(e)
    kind = fd['kind']
    if kind == 'rss2':
        return '%s-%d%02d%02d-%s' % (fd['prefix'], d.year, d.month, d.day, h[:6])
    if kind == 'atom':
        return 'tag:%s,%s:%s' % (fd['host'], d.strftime('%Y-%m-%d'), h[:10])
    if kind == 'rss1':
        return 'https://%s/%s/%s-%s' % (fd['host'], d.strftime('%Y/%m/%d'), slugify(e['title']), h[:5])
    return 'https://%s/items/%s' % (fd['host'], h[:12])

def link(e):
    fd = FEEDS[e['feed']]
    if FEEDS[e['feed']]['kind'] == 'rss1':
        return e['id']
    return 'https://%s/%s/%s' % (fd['host'], dt(e).strftime('%Y/%m/%d'), e['id'].split(':')[-1].split('/')[-1])

def rfc822(e):
    return dt(e).strftime('%a, %d %b %Y %H:%M:%S %z')

def iso(e):
    s = dt(e).strftime('%Y-%m-%dT%H:%M:%S%z')
    return s[:-2] + ':' + s[-2:]

def plain(t):
    return re.sub(r'<[^>]+>', '', t)

def write_feed(name, es):
    fd = FEEDS[name]
    es = sorted(es, key=dt, reverse=True)
    kind = fd['kind']
    path = os.path.join(OUT, 'feeds', name)
    last = es[0]
    if kind == 'json':
        items = []
        for e in es:
            it = {'id': e['id'], 'url': link(e), 'title': e['title'],
                  'date_published': iso(e), 'language': e['lang']}
            if e['html']:
                it['content_html'] = e['text']
                it['content_text'] = plain(e['text'])
            else:
                it['content_text'] = e['text']
            if fd.get('authors'):
                it['authors'] = [{'name': fd['authors'][len(items) % len(fd['authors'])]}]
            items.append(it)
        doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': fd['title'],
               'home_page_url': 'https://%s/' % fd['host'],
               'feed_url': 'https://%s/feed.json' % fd['host'],
               'description': fd['desc'], 'language': fd['lang'], 'items': items}
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        return
    enc = fd.get('encoding', 'utf-8')
    L = ['<?xml version="1.0" encoding="%s"?>' % enc]
    if kind == 'rss2':
        L.append('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">')
        L.append('  <channel>')
        L.append('    <title>%s</title>' % escape(fd['title']))
        L.append('    <link>https://%s/</link>' % fd['host'])
        L.append('    <description>%s</description>' % escape(fd['desc']))
        L.append('    <language>%s</language>' % fd['lang'])
        L.append('    <lastBuildDate>%s</lastBuildDate>' % rfc822(last))
        L.append('    <atom:link href="https://%s/rss.xml" rel="self" type="application/rss+xml"/>' % fd['host'])
        for i, e in enumerate(es):
            L.append('    <item>')
            L.append('      <title>%s</title>' % escape(e['title']))
            L.append('      <link>%s</link>' % link(e))
            L.append('      <guid isPermaLink="false">%s</guid>' % e['id'])
            L.append('      <pubDate>%s</pubDate>' % rfc822(e))
            if fd.get('authors'):
                L.append('      <dc:creator>%s</dc:creator>' % escape(fd['authors'][i % len(fd['authors'])]))
            if e['text']:
                if e['html']:
                    L.append('      <description><![CDATA[%s]]></description>' % e['text'])
                else:
                    L.append('      <description>%s</description>' % escape(e['text']))
            L.append('    </item>')
        L.append('  </channel>')
        L.append('</rss>')
    elif kind == 'atom':
        L.append('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s">' % fd['lang'])
        L.append('  <title type="text">%s</title>' % escape(fd['title']))
        L.append('  <subtitle type="text">%s</subtitle>' % escape(fd['desc']))
        L.append('  <id>tag:%s,2027:feed</id>' % fd['host'])
        L.append('  <link rel="self" type="application/atom+xml" href="https://%s/feed.atom"/>' % fd['host'])
        L.append('  <link rel="alternate" type="text/html" href="https://%s/"/>' % fd['host'])
        L.append('  <updated>%s</updated>' % iso(last))
        L.append('  <author><name>%s</name></author>' % escape(fd['title']))
        for i, e in enumerate(es):
            lang = '' if e['lang'] == fd['lang'] else ' xml:lang="%s"' % e['lang']
            L.append('  <entry%s>' % lang)
            L.append('    <title type="text">%s</title>' % escape(e['title']))
            L.append('    <id>%s</id>' % e['id'])
            L.append('    <link rel="alternate" type="text/html" href="%s"/>' % link(e))
            L.append('    <published>%s</published>' % iso(e))
            L.append('    <updated>%s</updated>' % iso(e))
            if fd.get('authors'):
                L.append('    <author><name>%s</name></author>' % escape(fd['authors'][i % len(fd['authors'])]))
            if e['text']:
                if e['html']:
                    L.append('    <summary type="html">%s</summary>' % escape(e['text']))
                    L.append('    <content type="html">%s</content>' % escape(e['text']))
                else:
                    L.append('    <summary type="text">%s</summary>' % escape(e['text']))
            L.append('  </entry>')
        L.append('</feed>')
    elif kind == 'rss1':
        L.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">')
        L.append('  <channel rdf:about="https://%s/index.rdf">' % fd['host'])
        L.append('    <title>%s</title>' % escape(fd['title']))
        L.append('    <link>https://%s/</link>' % fd['host'])
        L.append('    <description>%s</description>' % escape(fd['desc']))
        L.append('    <dc:language>%s</dc:language>' % fd['lang'])
        L.append('    <dc:date>%s</dc:date>' % iso(last))
        L.append('    <items>')
        L.append('      <rdf:Seq>')
        for e in es:
            L.append('        <rdf:li rdf:resource="%s"/>' % escape(e['id']))
        L.append('      </rdf:Seq>')
        L.append('    </items>')
        L.append('  </channel>')
        for i, e in enumerate(es):
            L.append('  <item rdf:about="%s">' % escape(e['id']))
            L.append('    <title>%s</title>' % escape(e['title']))
            L.append('    <link>%s</link>' % escape(e['id']))
            L.append('    <dc:date>%s</dc:date>' % iso(e))
            L.append('    <dc:language>%s</dc:language>' % e['lang'])
            if fd.get('authors'):
                L.append('    <dc:creator>%s</dc:creator>' % escape(fd['authors'][i % len(fd['authors'])]))
            if e['text']:
                if e['html']:
                    L.append('    <description>%s</description>' % escape(plain(e['text'])))
                    L.append('    <content:encoded><![CDATA[%s]]></content:encoded>' % e['text'])
                else:
                    L.append('    <description>%s</description>' % escape(e['text']))
            L.append('  </item>')
        L.append('</rdf:RDF>')
    data = '\n'.join(L) + '\n'
    with open(path, 'wb') as fh:
        fh.write(data.encode(enc))

def main():
    load()
    seen = set()
    for n, e in enumerate(ENTRIES):
        assert e['feed'] in FEEDS, e['feed']
        e['id'] = make_id(e, n)
        assert e['id'] not in seen, e['id']
        seen.add(e['id'])
    for e in ENTRIES:
        e['dup_id'] = KEYS[e['dup']]['id'] if e['dup'] else '-'
    for old in os.listdir(os.path.join(OUT, 'feeds')):
        os.remove(os.path.join(OUT, 'feeds', old))
    for name in FEEDS:
        write_feed(name, [e for e in ENTRIES if e['feed'] == name])
    order = sorted(ENTRIES, key=lambda e: (e['feed'], utc(e)))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for e in order:
            fh.write('\t'.join([e['feed'], e['id'], utc(e), e['lang'], str(e['rel']), e['story'],
                                e['follows'] or '-', e['dup_id'], e['note']]) + '\n')
    with open(os.path.join(OUT, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for e in order:
            t = plain(e['text']).strip()
            form = 'title-only' if not t else ('short' if len(t) < 260 else 'long')
            fh.write('\t'.join([e['feed'], e['id'], str(e['rel']), e['cat'], form]) + '\n')
    print(len(ENTRIES), 'entries')

if __name__ == '__main__':
    main()
