#!/usr/bin/env python3
"""Generates heldout51 feeds, labels.tsv and categories.tsv from entries.txt
(an EU-summit correspondent's reading list, July-September 2038).
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Before writing, check_para() fails if a `para:` row names the stock
vocabulary (guarantee, security, backstop, veto, peacekeep-, reassurance,
coalition of the willing, or their es/fr/lt/lv equivalents) in its title
or summary."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dm': ('diario-del-manzanares.xml', 'rss2', 'Diario del Manzanares — Internacional', 'https://www.diariodelmanzanares.example', 2, 'es-es', 'UTF-8'),
 'vl': ('la-voz-del-levante.xml', 'atom', 'La Voz del Levante: Mundo', 'https://www.lavozdellevante.example', 2, 'es', 'utf-8'),
 'am': ('agencia-meridiana.xml', 'atom', 'Agencia Meridiana — Servicio internacional', 'https://agenciameridiana.example', 2, 'es', 'utf-8'),
 'cb': ('cronica-de-bruselas.json', 'json', 'Crónica de Bruselas — boletín de Amaya Urquiola', 'https://cronicadebruselas.example', 2, 'es', 'utf-8'),
 'ra': ('radio-albufera-transcripciones.xml', 'rss1', 'Radio Albufera — Transcripciones', 'https://radioalbufera.example', 2, 'es', 'utf-8'),
 'nb': ('nemuno-balsas.xml', 'rss2', 'Nemuno balsas — Pasaulis', 'https://www.nemunobalsas.example', 3, 'lt', 'windows-1257'),
 'nk': ('neries-kurjeris.xml', 'atom', 'Neries kurjeris: Užsienis', 'https://nerieskurjeris.example', 3, 'lt', 'utf-8'),
 'rr': ('rigas-rits.xml', 'rss1', 'Rīgas Rīts - Pasaulē', 'https://www.rigasrits.example', 3, 'lv', 'ISO-8859-13'),
 'vz': ('vidzemes-zinas.xml', 'rss2', 'Vidzemes Ziņas — Ārzemēs', 'https://vidzemeszinas.example', 3, 'lv', 'UTF-8'),
 'bl': ('baltic-ledger.xml', 'rss2', 'The Baltic Ledger — Europe', 'https://www.balticledger.example', 3, 'en', 'UTF-8'),
 'rw': ('rondpoint-wire.xml', 'atom', 'Rondpoint Wire — Europe service', 'https://rondpointwire.example', 2, 'en', 'utf-8'),
 'gr': ('gazette-du-rond-point.xml', 'atom', 'La Gazette du Rond-Point — Europe', 'https://gazetterondpoint.example', 2, 'fr', 'utf-8'),
 'cc': ('les-couloirs-du-conseil.xml', 'pod', 'Les Couloirs du Conseil (podcast)', 'https://couloirsduconseil.example', 2, 'fr', 'UTF-8'),
}

STOCK = {
 'en': r'guarant|securit|backstop|veto|peace-?keep|reassur|coalition of the willing',
 'es': r'garant|segurid|veto|vetar|respaldo|mantenimiento de la paz|fuerza de paz|misi[oó]n de paz|cascos azules|reaseguro|tranquiliza|coalici[oó]n de (los )?voluntarios',
 'fr': r'garant|s[ée]curit|veto|v[ée]to|maintien de la paix|force de paix|casques bleus|r[ée]assur|coalition des volontaires|filet de',
 'lt': r'garant|saugum|veto|vetuo|užtikrin|taikos palaik|taikdar|norinčiųjų koalicij',
 'lv': r'garant|droš|veto|nodrošin|miera uztur|miera spēk|gribošo koalīcij',
}

def check_para(rows, byk):
    bad = []
    for r in rows:
        if not r['cat'].startswith('para:'):
            continue
        summ = byk[r['dup']]['summ'] if r['summ'] == '=' else r['summ']
        pat = STOCK['en'] + '|' + STOCK[r['lang']]
        m = re.search(pat, r['title'] + ' ' + summ, re.I)
        if m:
            bad.append((r['key'], m.group(0)))
    assert not bad, bad

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'feeds'), exist_ok=True)
    corpusgen.generate(HERE, FEEDS, json_author='Amaya Urquiola', check=check_para)
