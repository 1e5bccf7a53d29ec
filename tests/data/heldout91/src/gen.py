#!/usr/bin/env python3
"""Generates heldout91 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
heldout91: the reading list of a Warsaw business daily, July-September 2048,
Polish and English business, defence-industry and insurance press."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gp': ('gazeta-parkietowa.xml', 'rss2', 'Gazeta Parkietowa - Świat i gospodarka', 'https://www.gazetaparkietowa.example', 2, 'pl', 'ISO-8859-2'),
 'kw': ('kurier-wislany-obronnosc.xml', 'atom', 'Kurier Wiślany — Obronność', 'https://kurierwislany.example', 2, 'pl', 'utf-8'),
 'pb': ('puls-branzy-zbrojeniowej.xml', 'rss1', 'Puls Branży Zbrojeniowej', 'https://pulsbranzy.example', 2, 'pl', 'utf-8'),
 'ap': ('agencja-prasowa-wisla.xml', 'atom', 'Agencja Prasowa Wisła — serwis zagraniczny', 'https://apw.example', 2, 'pl', 'utf-8'),
 'ub': ('ubezpieczenia-i-finanse.xml', 'rss2', 'Ubezpieczenia i Finanse — wiadomości', 'https://ubezpieczeniaifinanse.example', 2, 'pl', 'UTF-8'),
 'nl': ('tydzien-w-obronie.json', 'json', 'Tydzień w Obronie — newsletter Marty Sękowskiej', 'https://tydzienwobronie.example', 2, 'pl', 'utf-8'),
 'ls': ('ledger-standard.xml', 'rss2', 'The Ledger Standard — Markets & World', 'https://www.ledgerstandard.example', 1, 'en-gb', 'UTF-8'),
 'bb': ('baltic-business-weekly.xml', 'atom', 'Baltic Business Weekly', 'https://balticbusinessweekly.example', 3, 'en', 'utf-8'),
 'cw': ('carrow-wire.xml', 'atom', 'Carrow Wire — World service', 'https://carrowwire.example', 0, 'en', 'utf-8'),
 'rf': ('reconstruction-finance-monitor.xml', 'rss1', 'Reconstruction Finance Monitor', 'https://rfmonitor.example', 2, 'en', 'utf-8'),
 'mr': ('marine-risk-gazette.xml', 'rss2', 'Marine Risk Gazette — Underwriting news', 'https://marineriskgazette.example', 1, 'en-gb', 'UTF-8'),
 'dp': ('defence-procurement-daily.xml', 'atom', 'Defence Procurement Daily', 'https://defenceprocurementdaily.example', -4, 'en-us', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Marta Sękowska')
