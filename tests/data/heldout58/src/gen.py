#!/usr/bin/env python3
"""Generates heldout58 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Helsinki Nordic-Baltic desk, April-June 2040).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# Summer time throughout the period: Finland and the Baltics +3, Sweden +2.
FEEDS = {
 'hk': ('helsingin-kaiku.xml', 'rss2', 'Helsingin Kaiku — Ulkomaat', 'https://www.helsinginkaiku.example', 3, 'fi', 'UTF-8'),
 'sa': ('savon-aamu.xml', 'rss1', 'Savon Aamu — Uutiset', 'https://savonaamu.example', 3, 'fi', 'utf-8'),
 'ss': ('stockholms-signal.xml', 'atom', 'Stockholms Signal — Utrikes', 'https://www.stockholmssignal.example', 2, 'sv', 'utf-8'),
 'ob': ('ostersjobladet.xml', 'rss2', 'Östersjöbladet - Nyheter', 'https://ostersjobladet.example', 2, 'sv', 'ISO-8859-15'),
 'vv': ('vilniaus-vakaras.xml', 'rss2', 'Vilniaus vakaras - Pasaulis', 'https://www.vilniausvakaras.example', 3, 'lt', 'windows-1257'),
 'nr': ('nemuno-radijas.xml', 'rss1', 'Nemuno radijas — laidų santraukos', 'https://nemunoradijas.example', 3, 'lt', 'utf-8'),
 'rr': ('rigas-rits.xml', 'atom', 'Rīgas Rīts — Pasaulē', 'https://www.rigasrits.example', 3, 'lv', 'utf-8'),
 'kv': ('kurzemes-vards.xml', 'rss2', 'Kurzemes Vārds — Ziņas', 'https://kurzemesvards.example', 3, 'lv', 'UTF-8'),
 'tt': ('tallinna-teataja.xml', 'rss2', 'Tallinna Teataja — Välismaa', 'https://www.tallinnateataja.example', 3, 'et', 'UTF-8'),
 'ek': ('eesti-kaja.xml', 'atom', 'Eesti Kaja — Arvamus ja uudised', 'https://eestikaja.example', 3, 'et', 'utf-8'),
 'bw': ('baltic-current-wire.xml', 'atom', 'Baltic Current Wire — Nordic-Baltic service', 'https://balticcurrent.example', 0, 'en', 'utf-8'),
 'bl': ('baltic-ledger.xml', 'rss2', 'The Baltic Ledger — Region and world', 'https://www.balticledger.example', 3, 'en', 'UTF-8'),
 'nf': ('northern-flank.json', 'json', 'Northern Flank — a newsletter on Nordic-Baltic defence by Aino Rask', 'https://northernflank.example', 3, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Aino Rask')
