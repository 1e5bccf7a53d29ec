#!/usr/bin/env python3
"""Generates heldout61 feeds, labels.tsv and categories.tsv from entries.txt.
A news aggregator's clipped headlines and teasers in Spanish, Polish, German,
English, French and Ukrainian, January-March 2041 (fiction).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dt': ('diario-del-tajo.xml', 'rss2', 'Diario del Tajo — Internacional', 'https://www.diariodeltajo.example', 1, 'es', 'UTF-8'),
 'am': ('agencia-meseta.xml', 'atom', 'Agencia Meseta - Servicio internacional', 'https://agenciameseta.example', 1, 'es', 'ISO-8859-15'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat', 'https://www.gazetanadwislanska.example', 1, 'pl', 'ISO-8859-2'),
 'kb': ('kurier-baltycki.xml', 'rss1', 'Kurier Bałtycki — Wiadomości', 'https://kurierbaltycki.example', 1, 'pl', 'utf-8'),
 'rb': ('rheinpfalz-bote.xml', 'atom', 'Rheinpfalz-Bote – Politik', 'https://www.rheinpfalz-bote.example', 1, 'de', 'utf-8'),
 'ar': ('alpenlaendische-rundschau.xml', 'rss1', 'Alpenländische Rundschau – Ausland', 'https://alpenrundschau.example', 1, 'de', 'utf-8'),
 'hl': ('harbour-ledger.xml', 'rss2', 'The Harbour Ledger — World', 'https://www.harbourledger.example', 0, 'en-gb', 'UTF-8'),
 'nw': ('northgate-wire.xml', 'atom', 'Northgate Wire — World service', 'https://northgatewire.example', 0, 'en', 'utf-8'),
 'td': ('the-truce-desk.json', 'json', 'The Truce Desk — a newsletter on the Ukrainian truce by Ailsa Merrow', 'https://trucedesk.example', 0, 'en', 'utf-8'),
 'vl': ('veilleur-de-loire.xml', 'rss2', 'Le Veilleur de Loire — Monde', 'https://www.veilleurdeloire.example', 1, 'fr', 'UTF-8'),
 'df': ('depeches-du-leman.xml', 'rss1', 'Dépêches du Léman — International', 'https://depechesduleman.example', 1, 'fr', 'utf-8'),
 'pv': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Новини', 'https://podilskyivisnyk.example', 2, 'uk', 'windows-1251'),
 'kh': ('chornomorskyi-kurier.xml', 'atom', "Чорноморський кур'єр — Головне", 'https://chornomorskyi-kurier.example', 2, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ailsa Merrow')
