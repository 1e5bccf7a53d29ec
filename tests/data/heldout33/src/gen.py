#!/usr/bin/env python3
"""Generates heldout33 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# heldout33: a Baltic and Low Countries opinion desk, January-March 2033.
FEEDS = {
 'bt': ('baltic-tribune.xml', 'rss2', 'The Baltic Tribune — Opinion & World', 'https://www.baltictribune.example', 2, 'en', 'UTF-8'),
 'ac': ('amstel-courier.xml', 'rss1', 'The Amstel Courier — Europe', 'https://www.amstelcourier.example', 1, 'en', 'utf-8'),
 'hb': ('de-havenbode.xml', 'atom', 'De Havenbode — Opinie en buitenland', 'https://www.havenbode.example', 1, 'nl', 'utf-8'),
 'vk': ('vlaamse-kroniek.xml', 'rss1', 'Vlaamse Kroniek — Wereld', 'https://www.vlaamsekroniek.example', 1, 'nl', 'utf-8'),
 'dt': ('diario-do-tejo.xml', 'rss2', 'Diário do Tejo — Mundo e Opinião', 'https://www.diariodotejo.example', 0, 'pt', 'UTF-8'),
 'sp': ('skargardsposten.xml', 'atom', 'Skärgårdsposten — Ledare och utrikes', 'https://www.skargardsposten.example', 1, 'sv', 'utf-8'),
 'rk': ('rigas-kurjers.xml', 'rss1', 'Rīgas Kurjers — Pasaulē un viedokļi', 'https://www.rigaskurjers.example', 2, 'lv', 'utf-8'),
 'tt': ('tallinna-teataja.xml', 'rss2', 'Tallinna Teataja - Arvamus ja välismaa', 'https://www.tallinnateataja.example', 2, 'et', 'ISO-8859-15'),
 'bg': ('baltiyskiy-golos.xml', 'rss2', 'Балтийский голос — Мнения и мир', 'https://www.baltgolos.example', 2, 'ru', 'windows-1251'),
 'ls': ('lowlands-strategy-institute.xml', 'atom', 'Lowlands Strategy Institute — Commentary', 'https://lowlands-strategy.example', 1, 'en', 'utf-8'),
 'pc': ('the-far-shore-podcast.xml', 'pod', 'The Far Shore — a podcast on Europe after the truce', 'https://farshore.example', 0, 'en', 'UTF-8'),
 'dn': ('scheldt-dispatch.json', 'json', 'Dispatch from the Scheldt — a newsletter by Roos Verbeke', 'https://scheldtdispatch.example', 1, 'en', 'utf-8'),
 'nw': ('nordlys-wire.xml', 'atom', 'Nordlys Wire — World service', 'https://nordlyswire.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Roos Verbeke')
