#!/usr/bin/env python3
"""Generates heldout42 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Berlin think-tank, April-June 2035 (see ../README.md)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'rk': ('rheinischer-kurier.xml', 'rss2', 'Rheinischer Kurier — Politik', 'https://www.rheinischer-kurier.example', 2, 'de-de', 'UTF-8'),
 'sp': ('spreebogen-post.xml', 'atom', 'Spreebogen-Post: Hauptstadt und Welt', 'https://www.spreebogen-post.example', 2, 'de-de', 'utf-8'),
 'hb': ('havelbrueck-stiftung-analysen.xml', 'rss1', 'Havelbrück-Stiftung — Analysen und Kommentare', 'https://havelbrueck-stiftung.example', 2, 'de', 'utf-8'),
 'ep': ('elbe-presse-agentur.xml', 'atom', 'Elbe-Presse-Agentur (epa) — Basisdienst', 'https://epa-dienst.example', 2, 'de', 'utf-8'),
 'lb': ('lagebild-ost.json', 'json', 'Lagebild Ost — der Newsletter von Marit Ehlers', 'https://lagebild-ost.example', 2, 'de', 'utf-8'),
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana - Świat', 'https://www.gazetawislana.example', 2, 'pl', 'ISO-8859-2'),
 'pb': ('przeglad-baltycki.xml', 'rss1', 'Przegląd Bałtycki — Obronność', 'https://przegladbaltycki.example', 2, 'pl', 'utf-8'),
 'nw': ('northgate-wire.xml', 'atom', 'Northgate Wire — Europe', 'https://northgatewire.example', 0, 'en', 'utf-8'),
 'ls': ('lindgate-standard.xml', 'rss2', 'The Lindgate Standard — World', 'https://www.lindgatestandard.example', 1, 'en-gb', 'UTF-8'),
 'ba': ('amber-coast-herald.xml', 'rss1', 'The Amber Coast Herald (Vilnius, in English)', 'https://ambercoastherald.example', 3, 'en', 'utf-8'),
 'sv': ('severny-vestnik.xml', 'rss2', 'Северный вестник — Политика', 'https://severny-vestnik.example', 3, 'ru', 'windows-1251'),
 'ko': ('kyivskyi-obrii.xml', 'atom', 'Київський обрій — Політика', 'https://kyivskyi-obrii.example', 3, 'uk', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss1', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 3, 'lt', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Marit Ehlers')
