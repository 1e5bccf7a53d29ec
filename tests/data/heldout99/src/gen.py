#!/usr/bin/env python3
"""Generates heldout99 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kn': ('kurier-nadwislanski.xml', 'rss2', 'Kurier Nadwiślański — Świat', 'https://www.kuriernadwislanski.example', 1, 'pl', 'UTF-8'),
 'pw': ('przeglad-wschodni.xml', 'atom', 'Przegląd Wschodni — analizy i komentarze', 'https://przegladwschodni.example', 1, 'pl', 'utf-8'),
 'vd': ('vltavsky-denik.xml', 'rss2', 'Vltavský deník — Zahraničí', 'https://www.vltavskydenik.example', 1, 'cs', 'windows-1250'),
 'dk': ('dunajsky-kurier.xml', 'rss1', 'Dunajský kuriér — Svet', 'https://dunajskykurier.example', 1, 'sk', 'utf-8'),
 'ed': ('el-eco-del-duero.xml', 'rss2', 'El Eco del Duero — Internacional', 'https://www.elecodelduero.example', 1, 'es', 'UTF-8'),
 'vp': ('la-voz-del-plata.xml', 'atom', 'La Voz del Plata — El Mundo', 'https://www.lavozdelplata.example', -3, 'es-ar', 'utf-8'),
 'fo': ('frente-oriental-podcast.xml', 'pod', 'Frente Oriental — el pódcast de geopolítica', 'https://frenteoriental.example', -6, 'es-mx', 'UTF-8'),
 'jt': ('jornal-do-tejo.xml', 'rss1', 'Jornal do Tejo — Mundo', 'https://www.jornaldotejo.example', 0, 'pt-pt', 'utf-8'),
 'gn': ('gazzetta-del-naviglio.xml', 'atom', 'La Gazzetta del Naviglio — Esteri', 'https://www.gazzettadelnaviglio.example', 1, 'it', 'utf-8'),
 'cd': ('curierul-dunarii.xml', 'rss2', 'Curierul Dunării — Externe', 'https://www.curieruldunarii.example', 2, 'ro', 'UTF-8'),
 'dl': ('diari-del-llobregat.xml', 'atom', 'Diari del Llobregat — Internacional', 'https://www.diaridelllobregat.example', 1, 'ca', 'utf-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'ef': ('eastern-flank-letter.json', 'json', 'The Eastern Flank Letter — a weekly on European security by Mara Quill', 'https://easternflank.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Mara Quill')
