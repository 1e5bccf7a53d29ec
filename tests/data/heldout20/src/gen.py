#!/usr/bin/env python3
"""Generates heldout20 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ph': ('potomac-herald.xml', 'rss2', 'The Potomac Herald — World & National', 'https://www.potomacherald.example', -5, 'en-us', 'UTF-8'),
 'ac': ('albion-chronicle.xml', 'atom', 'The Albion Chronicle: World news', 'https://www.albionchronicle.example', 0, 'en-gb', 'utf-8'),
 'li': ('larchmont-institute-commentary.xml', 'atom', 'Larchmont Institute — Commentary and analysis', 'https://larchmont-institute.example', -5, 'en', 'utf-8'),
 'nw': ('northwind-transcripts.xml', 'rss1', 'Northwind Broadcasting — TV and radio transcripts', 'https://northwind.example', 0, 'en-gb', 'utf-8'),
 'hn': ('the-hinge.json', 'json', 'The Hinge — a newsletter on European defence by Kit Harlow', 'https://thehinge.example', 0, 'en', 'utf-8'),
 'cl': ('the-ceasefire-line-podcast.xml', 'pod', 'The Ceasefire Line (podcast)', 'https://ceasefireline.example', 0, 'en', 'UTF-8'),
 'st': ('shannon-times.xml', 'rss1', 'The Shannon Times — World', 'https://www.shannontimes.example', 0, 'en-ie', 'utf-8'),
 'cs': ('coral-sea-mail.xml', 'rss2', 'The Coral Sea Mail — World', 'https://www.coralseamail.example', 10, 'en-au', 'UTF-8'),
 'kw': ('keystone-wire.xml', 'atom', 'Keystone Wire — World service', 'https://keystonewire.example', 0, 'en', 'utf-8'),
 'dh': ('dniprova-khvylia.xml', 'rss2', 'Дніпрова хвиля — Новини', 'https://dniprovakhvylia.example', 3, 'uk', 'UTF-8'),
 'vn': ('vechernyaya-neva.xml', 'rss2', 'Вечерняя Нева — В мире', 'https://vechernyaya-neva.example', 3, 'ru', 'windows-1251'),
 'cr': ('courrier-du-rhone.xml', 'atom', 'Le Courrier du Rhône — International', 'https://courrierdurhone.example', 1, 'fr', 'utf-8'),
 'bg': ('bogaz-gazetesi.xml', 'rss1', 'Boğaz Gazetesi — Dünya', 'https://bogazgazetesi.example', 3, 'tr', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Kit Harlow')
