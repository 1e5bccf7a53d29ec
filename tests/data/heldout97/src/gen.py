#!/usr/bin/env python3
"""Generates heldout97 feeds, labels.tsv and categories.tsv from entries.txt
(an Istanbul foreign desk's reading list: Turkish, English and Greek outlets).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bh': ('bosfor-haber.xml', 'rss2', 'Bosfor Haber — Dünya', 'https://www.bosforhaber.example', 3, 'tr', 'UTF-8'),
 'ks': ('karadeniz-sabah.xml', 'atom', 'Karadeniz Sabah — Dış Haberler', 'https://karadenizsabah.example', 3, 'tr', 'utf-8'),
 'ay': ('anadolu-yorum.xml', 'rss1', 'Anadolu Yorum — Analiz', 'https://anadoluyorum.example', 3, 'tr', 'utf-8'),
 'mg': ('marmara-gundem.xml', 'rss2', 'Marmara Gündem - Dünya', 'https://www.marmaragundem.example', 3, 'tr', 'ISO-8859-9'),
 'ik': ('istanbul-kulis.json', 'json', 'İstanbul Kulis — dış politika bülteni', 'https://istanbulkulis.example', 3, 'tr', 'utf-8'),
 'br': ('bogazici-radyo.xml', 'pod', 'Boğaziçi Radyo — Dünya Masası (podcast)', 'https://bogaziciradyo.example', 3, 'tr', 'UTF-8'),
 'gw': ('galata-wire.xml', 'atom', 'Galata Wire — World service', 'https://galatawire.example', 0, 'en', 'utf-8'),
 'ap': ('aegean-post.xml', 'rss2', 'The Aegean Post — Region', 'https://www.aegeanpost.example', 2, 'en', 'UTF-8'),
 'sr': ('straits-review.xml', 'rss1', 'Straits Review — Commentary', 'https://straitsreview.example', 0, 'en', 'utf-8'),
 'fa': ('foni-tou-aigaiou.xml', 'rss2', 'Η Φωνή του Αιγαίου - Κόσμος', 'https://www.foniaigaiou.example', 2, 'el', 'ISO-8859-7'),
 'at': ('athinaikos-tachydromos.xml', 'atom', 'Αθηναϊκός Ταχυδρόμος — Διεθνή', 'https://athinaikos.example', 2, 'el', 'utf-8'),
 'tk': ('thraki-kosmos.xml', 'rss1', 'Θράκη Κόσμος — Ειδήσεις', 'https://thrakikosmos.example', 2, 'el', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Defne Arıkan')
