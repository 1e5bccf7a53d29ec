#!/usr/bin/env python3
"""Generates heldout93 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'eo': ('i-eos-tis-athinas.xml', 'rss2', 'Η Ηώς της Αθήνας — Διεθνή', 'https://www.eos-athinas.example', 2, 'el', 'UTF-8'),
 'ak': ('praktoreio-aktis.xml', 'atom', 'Πρακτορείο Ειδήσεων Ακτίς — Κόσμος', 'https://aktis-news.example', 2, 'el', 'utf-8'),
 'vt': ('vradinos-tachydromos.xml', 'rss2', 'Βραδινός Ταχυδρόμος - Εξωτερικό', 'https://vradinos-tachydromos.example', 2, 'el', 'ISO-8859-7'),
 'ta': ('tileorasi-aigaio-deltia.xml', 'rss1', 'Τηλεόραση Αιγαίο — Απομαγνητοφωνήσεις δελτίων', 'https://aigaio-tv.example', 2, 'el', 'utf-8'),
 'rp': ('radio-peiraias-podcast.xml', 'pod', 'Ράδιο Πειραιάς — Ο Κόσμος σε μισή ώρα (podcast)', 'https://radiopeiraias.example', 2, 'el', 'UTF-8'),
 'kf': ('kypriaki-foni.xml', 'atom', 'Κυπριακή Φωνή — Κόσμος', 'https://kypriakifoni.example', 2, 'el', 'utf-8'),
 'pk': ('politika-keimena.xml', 'rss1', 'Πολιτικά Κείμενα — Αναλύσεις', 'https://politika-keimena.example', 2, 'el', 'utf-8'),
 'lc': ('levant-courier.xml', 'rss2', 'The Levant Courier — Europe', 'https://www.levantcourier.example', 0, 'en-gb', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'ab': ('the-aegean-brief.json', 'json', 'The Aegean Brief — a newsletter on Greek and European defence by Dora Lykou', 'https://aegeanbrief.example', 2, 'en', 'utf-8'),
 'sr': ('strand-review-commentary.xml', 'rss1', 'The Strand Review — Commentary', 'https://strandreview.example', 0, 'en-gb', 'utf-8'),
 'ad': ('ankara-dispatch.xml', 'rss2', 'Ankara Dispatch — Region', 'https://ankaradispatch.example', 3, 'en', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Dora Lykou')
