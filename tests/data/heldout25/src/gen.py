#!/usr/bin/env python3
"""Generates heldout25 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Fiction: a defence-industry newsletter writer's reading list, January-March 2031,
after a truce along the invented Solonets line (English, German, Russian,
Lithuanian, Italian, Hungarian and Greek outlets, all under .example)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dr': ('ordnance-review.xml', 'rss2', 'The Ordnance Review — Defence industry news', 'https://www.ordnancereview.example', 0, 'en-gb', 'UTF-8'),
 'cw': ('corvid-wire.xml', 'atom', 'Corvid Wire — World service', 'https://corvidwire.example', 0, 'en', 'utf-8'),
 'nl': ('dry-powder.json', 'json', 'Dry Powder — a newsletter on the defence business by Ada Venn', 'https://drypowder.example', 0, 'en', 'utf-8'),
 'ap': ('force-posture-podcast.xml', 'pod', 'Force Posture (podcast)', 'https://forceposture.example', -5, 'en', 'UTF-8'),
 'ds': ('defence-sentinel.xml', 'rss1', 'Defence Sentinel — Europe desk', 'https://www.defencesentinel.example', -5, 'en-us', 'utf-8'),
 'wt': ('wehrtechnik-rundschau.xml', 'atom', 'Wehrtechnik Rundschau — Rüstung und Strategie', 'https://wehrtechnik-rundschau.example', 1, 'de', 'utf-8'),
 'ea': ('elbe-anzeiger.xml', 'rss2', 'Elbe-Anzeiger - Politik', 'https://www.elbe-anzeiger.example', 1, 'de', 'ISO-8859-15'),
 'vz': ('severny-vestnik.xml', 'rss2', 'Северный вестник — Оборона и мир', 'https://severny-vestnik.example', 3, 'ru', 'windows-1251'),
 'ln': ('nemuno-zinios.xml', 'rss1', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 2, 'lt', 'utf-8'),
 'it': ('corriere-del-tirreno.xml', 'atom', 'Il Corriere del Tirreno — Esteri e Difesa', 'https://corrieredeltirreno.example', 1, 'it', 'utf-8'),
 'hu': ('dunai-hirlap.xml', 'rss2', 'Dunai Hírlap - Külföld', 'https://dunaihirlap.example', 1, 'hu', 'ISO-8859-2'),
 'gr': ('aigaio-simera.xml', 'rss1', 'Αιγαίο Σήμερα — Άμυνα και Διεθνή', 'https://aigaiosimera.example', 2, 'el', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ada Venn')
