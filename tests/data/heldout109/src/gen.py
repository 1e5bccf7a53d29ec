#!/usr/bin/env python3
"""Generates heldout109 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'ae': ('aigaio-taxydromos.xml', 'rss2', 'Ταχυδρόμος του Αιγαίου - Διεθνή', 'https://www.aigaiotaxydromos.example', 2, 'el', 'ISO-8859-7'),
 'pp': ('proini-pyli.json', 'json', 'Πρωινή Πύλη — Κόσμος', 'https://proinipyli.example', 2, 'el', 'utf-8'),
 'bk': ('marmara-kuryesi.xml', 'atom', 'Marmara Kuryesi — Dünya', 'https://www.marmarakuryesi.example', 3, 'tr', 'utf-8'),
 'eg': ('ege-haber-ajansi.xml', 'rss2', 'Ege Haber Ajansı — Dış Haberler', 'https://egehaberajansi.example', 3, 'tr', 'UTF-8'),
 'dh': ('dunai-hirlap.xml', 'rss1', 'Dunai Hírlap — Külföld', 'https://dunaihirlap.example', 1, 'hu', 'utf-8'),
 'gd': ('gazeta-dunarii.xml', 'rss2', 'Gazeta Dunării — Externe', 'https://www.gazetadunarii.example', 2, 'ro', 'UTF-8'),
 'aa': ('alpe-jadran-obzor.xml', 'atom', 'Alpe-Jadran Obzor — Svijet / Svet', 'https://alpejadranobzor.example', 1, 'hr', 'utf-8'),
 'nz': ('nemuno-zinios.xml', 'rss2', 'Nemuno žinios — Pasaulis', 'https://nemunozinios.example', 2, 'lt', 'UTF-8'),
 'dv': ('daugavas-vestnesis.xml', 'rss2', 'Daugavas Vēstnesis — Ārzemēs', 'https://daugavasvestnesis.example', 2, 'lv', 'UTF-8'),
 'tp': ('toompea-teataja.xml', 'rss1', 'Toompea Teataja — Välismaa', 'https://toompeateataja.example', 2, 'et', 'utf-8'),
 'sk': ('saimaan-kaiku.xml', 'atom', 'Saimaan Kaiku — Ulkomaat', 'https://saimaankaiku.example', 2, 'fi', 'utf-8'),
 'nd': ('skagerrak-nytt.xml', 'rss2', 'Skagerrak Nytt — Utland / Udland', 'https://skagerraknytt.example', 1, 'mul', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'hp': ('the-long-truce-podcast.xml', 'pod', 'The Long Truce (podcast)', 'https://thelongtruce.example', -5, 'en-us', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Πρωινή Πύλη, σύνταξη')
