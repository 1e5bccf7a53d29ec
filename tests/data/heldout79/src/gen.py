#!/usr/bin/env python3
"""Generates heldout79 feeds, labels.tsv and categories.tsv from entries.txt.
The reading list of a Geneva-based multilateral correspondent (en, fr, de,
es, uk), July-September 2045. Copied from heldout20's src/gen.py; only the
FEEDS table and these comments differ.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'pw': ('quaiwire.xml', 'atom', 'Quaiwire — Geneva and world service', 'https://quaiwire.example', 0, 'en', 'utf-8'),
 'gl': ('leman-dispatch.xml', 'rss2', 'The Léman Dispatch — International Geneva', 'https://www.lemandispatch.example', 2, 'en', 'UTF-8'),
 'tl': ('pacta-notes.xml', 'atom', 'Pacta Notes — a blog on treaty law and the use of force', 'https://pactanotes.example', 0, 'en', 'utf-8'),
 'nl': ('room-twenty.json', 'json', 'Room Twenty — a newsletter from the Palais by Nadia Okafor-Brandt', 'https://roomtwenty.example', 2, 'en', 'utf-8'),
 'op': ('hofburg-table-podcast.xml', 'pod', 'The Hofburg Table — a podcast on the OSCE', 'https://hofburgtable.example', 2, 'en', 'UTF-8'),
 'tg': ('tribune-du-lac.xml', 'rss2', 'La Tribune du Lac — Monde', 'https://www.tribunedulac.example', 2, 'fr', 'UTF-8'),
 'cm': ('courrier-de-la-meuse.xml', 'rss1', 'Le Courrier de la Meuse — International', 'https://courrierdelameuse.example', 2, 'fr', 'utf-8'),
 'ab': ('alpenbote.xml', 'rss2', 'Der Alpenbote - Ausland', 'https://www.alpenbote.example', 2, 'de', 'ISO-8859-15'),
 'dr': ('donau-rundschau.xml', 'atom', 'Donau-Rundschau — Politik international', 'https://donau-rundschau.example', 2, 'de', 'utf-8'),
 'ec': ('correo-del-turia.xml', 'rss2', 'El Correo del Turia — Internacional', 'https://www.correodelturia.example', 2, 'es', 'UTF-8'),
 'ma': ('mirador-atlantico.xml', 'rss1', 'Mirador Atlántico — Mundo', 'https://miradoratlantico.example', 2, 'es', 'utf-8'),
 'kv': ('kyivskyi-visnyk.xml', 'rss2', 'Київський вісник — Світ і дипломатія', 'https://kyivskyi-visnyk.example', 3, 'uk', 'windows-1251'),
 'dp': ('dzerkalo-prutu.xml', 'atom', 'Дзеркало Пруту — Політика', 'https://dzerkalo-prutu.example', 3, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Nadia Okafor-Brandt')
