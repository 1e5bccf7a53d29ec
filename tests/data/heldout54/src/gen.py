#!/usr/bin/env python3
"""Generates heldout54 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
A Prague-based Central Europe correspondent's reading list, April-June 2039:
Czech, Slovak, Polish, Hungarian, English and Ukrainian outlets (all fictional)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'dv': ('denni-vltava.xml', 'rss2', 'Denní Vltava - Zahraničí a domov', 'https://www.dennivltava.example', 2, 'cs', 'ISO-8859-2'),
 'pt': ('prazsky-tydenik.xml', 'atom', 'Pražský týdeník - Politika', 'https://www.prazskytydenik.example', 2, 'cs', 'utf-8'),
 'av': ('agentura-vltava-press.xml', 'atom', 'Agentura Vltava Press - Zpravodajství', 'https://vltavapress.example', 2, 'cs', 'utf-8'),
 'rp': ('radio-petrin-prepisy.xml', 'rss1', 'Rádio Petřín - přepisy pořadů', 'https://radiopetrin.example', 2, 'cs', 'utf-8'),
 'td': ('tatransky-dennik.xml', 'rss2', 'Tatranský denník - Svet a Slovensko', 'https://www.tatranskydennik.example', 2, 'sk', 'UTF-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska - Świat i kraj', 'https://www.gazetanadwislanska.example', 2, 'pl', 'ISO-8859-2'),
 'dh': ('dunaparti-hirlap.xml', 'atom', 'Dunaparti Hírlap - Külföld és belföld', 'https://www.dunapartihirlap.example', 2, 'hu', 'utf-8'),
 'pl': ('prague-ledger.xml', 'rss2', 'The Prague Ledger - Central Europe', 'https://www.pragueledger.example', 2, 'en', 'UTF-8'),
 'dw': ('danube-wire.xml', 'atom', 'Danube Wire - Europe service', 'https://danubewire.example', 0, 'en', 'utf-8'),
 'vf': ('visegrad-policy-forum.xml', 'rss1', 'Visegrad Policy Forum - Commentary', 'https://visegradforum.example', 2, 'en', 'utf-8'),
 'kb': ('kyivska-brama.xml', 'rss2', 'Київська брама - Новини', 'https://kyivskabrama.example', 3, 'uk', 'windows-1251'),
 'mn': ('middle-europe-notes.json', 'json', 'Middle Europe Notes - a correspondent\'s newsletter by Hana Brody', 'https://middleeuropenotes.example', 2, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Hana Brody')
