#!/usr/bin/env python3
"""Generates heldout24 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# A Brussels EU-affairs reporter's reading list, October-December 2030.
FEEDS = {
 'ap': ('ardennes-presse.xml', 'rss2', 'Ardennes Presse Service - EU desk (EN/FR)', 'https://ardennespresse.example', 1, 'mul', 'UTF-8'),
 'bp': ('brussels-plateau.xml', 'atom', 'Brussels Plateau — EU affairs', 'https://www.brusselsplateau.example', 1, 'en', 'utf-8'),
 'tt': ('rue-belliard-institute.xml', 'rss1', 'Rue Belliard Institute — Commentary', 'https://ruebelliard.example', 1, 'en', 'utf-8'),
 'pp': ('plenary-notes.json', 'json', 'Plenary Notes — a newsletter on the European Parliament by Maud Verstraete', 'https://plenarynotes.example', 1, 'en', 'utf-8'),
 'pd': ('berlaymont-brief-podcast.xml', 'pod', 'The Berlaymont Brief (podcast)', 'https://berlaymontbrief.example', 0, 'en', 'UTF-8'),
 'lt': ('gazette-du-rond-point.xml', 'atom', 'La Gazette du Rond-Point — Europe', 'https://gazetterondpoint.example', 1, 'fr', 'utf-8'),
 'ls': ('echo-de-la-senne.xml', 'rss1', "L'Echo de la Senne - International", 'https://echodelasenne.example', 1, 'fr', 'ISO-8859-15'),
 'pl': ('kurier-wislany.xml', 'rss2', 'Kurier Wiślany - Świat', 'https://kurierwislany.example', 1, 'pl', 'ISO-8859-2'),
 'es': ('heraldo-del-tajo.xml', 'atom', 'El Heraldo del Tajo — Internacional', 'https://heraldodeltajo.example', 1, 'es', 'utf-8'),
 'ua': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Світ', 'https://podilskyivisnyk.example', 2, 'uk', 'UTF-8'),
 'sk': ('dunajsky-dennik.xml', 'rss1', 'Dunajský denník - Svet', 'https://dunajskydennik.example', 1, 'sk', 'ISO-8859-2'),
 'bg': ('chernomorski-kurier.xml', 'rss2', 'Черноморски куриер - Свят', 'https://chernomorski-kurier.example', 2, 'bg', 'windows-1251'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Maud Verstraete')
