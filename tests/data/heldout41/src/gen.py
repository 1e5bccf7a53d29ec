#!/usr/bin/env python3
"""Generates heldout41 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Paris foreign-affairs desk, January-March 2035).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'acp': ('agence-continentale-de-presse.xml', 'atom', 'ACP, Agence continentale de presse — Fil international', 'https://acp-fil.example', 1, 'fr', 'utf-8'),
 'lm': ('le-matin-de-seine.xml', 'rss2', 'Le Matin de Seine — International', 'https://www.lematindeseine.example', 1, 'fr', 'UTF-8'),
 'gz': ('gazette-de-l-est.xml', 'rss1', "La Gazette de l'Est - Monde", 'https://www.gazettedelest.example', 1, 'fr', 'ISO-8859-15'),
 'ep': ('presidence-points-presse.xml', 'atom', 'Présidence de la République — Points presse', 'https://presidence-republique.example', 1, 'fr', 'utf-8'),
 'an': ('assemblee-comptes-rendus.xml', 'rss2', 'Assemblée nationale — Comptes rendus de la séance publique', 'https://comptes-rendus-assemblee.example', 1, 'fr', 'UTF-8'),
 'rs': ('revue-de-strategie-tribunes.xml', 'atom', 'Revue de stratégie — Tribunes', 'https://revuedestrategie.example', 1, 'fr', 'utf-8'),
 'tl': ('thameside-ledger.xml', 'atom', 'The Thameside Ledger — World', 'https://www.thamesideledger.example', 0, 'en-gb', 'utf-8'),
 'nd': ('northstar-dispatch.json', 'json', 'The Northstar Dispatch — European defence, weekly, by Maren Quist', 'https://northstardispatch.example', 0, 'en', 'utf-8'),
 'kv': ('kyivskyi-vechir.xml', 'rss2', 'Київський вечір — Новини', 'https://kyivskyi-vechir.example', 2, 'uk', 'windows-1251'),
 'rb': ('rheinblick-ausland.xml', 'rss1', 'Rheinblick — Ausland', 'https://www.rheinblick.example', 1, 'de', 'utf-8'),
 'gc': ('gazzetta-del-colle.xml', 'rss2', 'La Gazzetta del Colle — Esteri', 'https://www.gazzettadelcolle.example', 1, 'it', 'UTF-8'),
 'dm': ('diario-de-la-meseta.xml', 'atom', 'El Diario de la Meseta — Internacional', 'https://www.diariodelameseta.example', 1, 'es', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Maren Quist')
