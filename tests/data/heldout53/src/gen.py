#!/usr/bin/env python3
"""Generates heldout53 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Rome-based foreign desk, January-March 2039).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'gt': ('gazzetta-del-tevere.xml', 'rss2', 'Gazzetta del Tevere — Esteri', 'https://www.gazzettadeltevere.example', 1, 'it', 'UTF-8'),
 'tl': ('telelazio-tg-sintesi.xml', 'rss1', 'TeleLazio Notizie — le sintesi dei telegiornali', 'https://www.telelazionotizie.example', 1, 'it', 'utf-8'),
 'ap': ('agenzia-parioli.xml', 'atom', 'Agenzia Parioli — Notiziario estero', 'https://agenziaparioli.example', 1, 'it', 'utf-8'),
 'ca': ('il-calamaio.json', 'json', 'Il Calamaio — opinioni e commenti di Livia Santangelo', 'https://ilcalamaio.example', 1, 'it', 'utf-8'),
 'dm': ('diario-del-manzanares.xml', 'rss2', 'Diario del Manzanares — Internacional', 'https://www.diariodelmanzanares.example', 1, 'es', 'UTF-8'),
 'ae': ('agencia-ebro.xml', 'atom', 'Agencia Ebro — Servicio internacional', 'https://agenciaebro.example', 1, 'es', 'utf-8'),
 'cc': ('cadena-cibeles-telediario.xml', 'rss1', 'Cadena Cibeles — Resúmenes del Telediario', 'https://www.cadenacibeles.example', 1, 'es', 'utf-8'),
 'gw': ('gazeta-wislana.xml', 'rss2', 'Gazeta Wiślana: Świat', 'https://www.gazetawislana.example', 1, 'pl', 'ISO-8859-2'),
 'km': ('kurier-mazowiecki.xml', 'atom', 'Kurier Mazowiecki — Z zagranicy', 'https://kuriermazowiecki.example', 1, 'pl', 'utf-8'),
 'tc': ('tiber-courier.xml', 'atom', 'The Tiber Courier — Rome\'s English-language daily: World', 'https://www.tibercourier.example', 1, 'en', 'utf-8'),
 'lw': ('lodestar-wire.xml', 'atom', 'Lodestar Wire — International service', 'https://lodestarwire.example', 0, 'en', 'utf-8'),
 'rv': ('ros-info.xml', 'rss2', 'Рось-Інфо — Новини', 'https://ros-info.example', 2, 'uk', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Livia Santangelo')
