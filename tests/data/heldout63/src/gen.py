#!/usr/bin/env python3
"""Generates heldout63 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
A Vienna correspondent's reading list, July-September 2041: German, Austrian
and Swiss regional papers, English wire and newsletter, Polish papers."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours (summer time), lang, encoding)
FEEDS = {
 'wd': ('wiener-donaubote.xml', 'rss2', 'Wiener Donaubote — Politik & Ausland', 'https://www.donaubote.example', 2, 'de-at', 'UTF-8'),
 'ak': ('alpenkurier.xml', 'atom', 'Alpenkurier Innsbruck — Welt', 'https://www.alpenkurier.example', 2, 'de-at', 'utf-8'),
 'sa': ('salzach-anzeiger.xml', 'rss1', 'Salzach-Anzeiger - Nachrichten aus Salzburg und der Welt', 'https://www.salzach-anzeiger.example', 2, 'de-at', 'ISO-8859-15'),
 'lz': ('limmat-zeitung.xml', 'atom', 'Limmat-Zeitung — International', 'https://www.limmatzeitung.example', 2, 'de-ch', 'utf-8'),
 'bb': ('berner-bote.xml', 'rss2', 'Berner Bote — Schweiz und Ausland', 'https://www.bernerbote.example', 2, 'de-ch', 'UTF-8'),
 'fb': ('fraenkischer-bote.xml', 'rss2', 'Fränkischer Bote — Politik', 'https://www.fraenkischer-bote.example', 2, 'de-de', 'UTF-8'),
 'ew': ('elbwarte.xml', 'rss1', 'Elbwarte Dresden — Deutschland und die Welt', 'https://www.elbwarte.example', 2, 'de-de', 'utf-8'),
 'dw': ('danube-wire.xml', 'atom', 'Danube Wire — English service', 'https://danubewire.example', 0, 'en', 'utf-8'),
 'tc': ('thameside-courier.xml', 'rss2', 'The Thameside Courier — World', 'https://www.thamesidecourier.example', 1, 'en-gb', 'UTF-8'),
 'cb': ('central-europe-brief.json', 'json', 'Central Europe Brief — a newsletter from Vienna by Mara Lindqvist', 'https://centraleuropebrief.example', 2, 'en', 'utf-8'),
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana - Świat', 'https://www.gazetawislana.example', 2, 'pl', 'ISO-8859-2'),
 'kp': ('kurier-podkarpacki.xml', 'atom', 'Kurier Podkarpacki — Kraj i świat', 'https://www.kurierpodkarpacki.example', 2, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Mara Lindqvist')
