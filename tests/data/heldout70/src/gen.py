#!/usr/bin/env python3
"""Generates heldout70 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
The reading list of a Hamburg foreign-policy weekly, April-June 2043:
German (about half), Dutch, Danish and English outlets; Spreekurier is
ISO-8859-15."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ez': ('elbufer-zeitung.xml', 'rss2', 'Elbufer-Zeitung — Politik', 'https://www.elbufer-zeitung.example', 2, 'de-de', 'UTF-8'),
 'rb': ('rheinischer-bote.xml', 'atom', 'Rheinischer Bote: Ausland', 'https://rheinischer-bote.example', 2, 'de', 'utf-8'),
 'sk': ('spreekurier.xml', 'rss1', 'Spreekurier - Hauptstadt und Welt', 'https://www.spreekurier.example', 2, 'de', 'ISO-8859-15'),
 'nd': ('nord-depeschendienst.xml', 'atom', 'Nord-Depeschendienst (ndd) — Basisdienst Ausland', 'https://ndd-agentur.example', 2, 'de', 'utf-8'),
 'ol': ('ostlage.json', 'json', 'Ostlage — der Newsletter zur Ukraine von Friederike Sandmann', 'https://ostlage.example', 2, 'de', 'utf-8'),
 'lp': ('lagebesprechung-podcast.xml', 'pod', 'Lagebesprechung — der Außenpolitik-Podcast', 'https://lagebesprechung.example', 2, 'de', 'UTF-8'),
 'ab': ('amstelbode.xml', 'rss2', 'De Amstelbode — Buitenland', 'https://www.amstelbode.example', 2, 'nl', 'UTF-8'),
 'db': ('het-dijkblad.xml', 'rss1', 'Het Dijkblad — Politiek en wereld', 'https://www.dijkblad.example', 2, 'nl', 'utf-8'),
 'os': ('oresundsposten.xml', 'atom', 'Øresundsposten — Udland', 'https://oresundsposten.example', 2, 'da', 'utf-8'),
 'lf': ('limfjordsavisen.xml', 'rss2', 'Limfjordsavisen — Danmark og verden', 'https://www.limfjordsavisen.example', 2, 'da', 'UTF-8'),
 'fw': ('fenwick-review.xml', 'atom', 'The Fenwick Review — Europe', 'https://fenwickreview.example', 1, 'en-gb', 'utf-8'),
 'bw': ('baltic-press-wire.xml', 'rss1', 'Baltic Press Wire — Europe desk', 'https://balticpresswire.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Friederike Sandmann')
