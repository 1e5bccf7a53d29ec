#!/usr/bin/env python3
"""Generates heldout23 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bl': ('baltic-ledger.xml', 'rss2', 'The Baltic Ledger — Region & World', 'https://www.balticledger.example', 3, 'en', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — Europe service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'sr': ('skagerrak-review.xml', 'rss1', 'The Skagerrak Review — Opinion and essays', 'https://skagerrakreview.example', 2, 'en', 'utf-8'),
 'kb': ('kustbladet.xml', 'rss2', 'Kustbladet — Utrikes', 'https://www.kustbladet.example', 2, 'sv', 'UTF-8'),
 'mp': ('malarposten.xml', 'rss1', 'Mälarposten - Världen', 'https://malarposten.example', 2, 'sv', 'ISO-8859-15'),
 'sb': ('de-scheldebode.xml', 'atom', 'De Scheldebode — Buitenland', 'https://www.scheldebode.example', 2, 'nl', 'utf-8'),
 'dt': ('diario-do-tejo.xml', 'rss2', 'Diário do Tejo — Mundo', 'https://www.diariodotejo.example', 1, 'pt', 'UTF-8'),
 'dv': ('daugavas-vestis.xml', 'rss2', 'Daugavas Vēstis — Pasaulē', 'https://daugavasvestis.example', 3, 'lv', 'windows-1257'),
 'ep': ('emajoe-paevaleht.xml', 'rss1', 'Emajõe Päevaleht — Välismaa', 'https://emajoepaevaleht.example', 3, 'et', 'utf-8'),
 'rk': ('rizhsky-kurier.xml', 'atom', 'Рижский курьер — Мир', 'https://rizhskykurier.example', 3, 'ru', 'utf-8'),
 'ns': ('the-narrow-sea-podcast.xml', 'pod', 'The Narrow Sea (podcast)', 'https://narrowsea.example', 0, 'en', 'UTF-8'),
 'kc': ('kronholm-centre-blog.json', 'json', 'Kronholm Centre for Northern Studies — Blog', 'https://kronholmcentre.example', 2, 'en', 'utf-8'),
}

# forbidden in title and summary of `para:` rows (lowercased substring match)
BANNED = {
 'en': ['guarant', 'security', 'backstop', 'veto', 'peacekeep', 'peace-keep', 'reassur', 'coalition of the willing'],
 'sv': ['garant', 'säkerhet', 'veto', 'fredsbevar', 'fredsstyrk', 'villigas koalition', 'koalitionen av villiga', 'återförsäkr'],
 'nl': ['garant', 'veiligheid', 'veto', 'vredesmacht', 'vredeshandhav', 'vredesmissie', 'bereidwilligen', 'geruststell'],
 'pt': ['garant', 'segurança', 'veto', 'manutenção da paz', 'forças de paz', 'força de paz', 'tranquiliz', 'dispostos'],
 'lv': ['garant', 'drošīb', 'veto', 'miera uztur', 'gribošo koalīcij'],
 'et': ['garant', 'julgeolek', 'veto', 'rahuvalv', 'rahutagaj', 'tahtekate'],
 'ru': ['гарант', 'безопасн', 'вето', 'миротвор', 'коалиция желающих', 'коалиции желающих'],
}

def check(rows, byk):
    """No paraphrase row may use a banned word."""
    for r in rows:
        if r['cat'].startswith('para'):
            text = (r['title'] + ' ' + (r['summ'] if r['summ'] != '=' else byk[r['dup']]['summ'])).lower()
            for w in BANNED[r['lang']]:
                assert w not in text, (r['key'], w)


sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Kronholm Centre', check=check)
