#!/usr/bin/env python3
"""Generates heldout103 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'asa': ('agenzia-stampa-ausonia.xml', 'rss1', 'ASA — Agenzia Stampa Ausonia: Esteri', 'https://www.asa-agenzia.example', 2, 'it', 'utf-8'),
 'ct': ('corriere-del-tirreno.xml', 'rss2', 'Il Corriere del Tirreno — Mondo', 'https://www.corrieredeltirreno.example', 2, 'it', 'UTF-8'),
 'rl': ('radio-laguna-mondo.xml', 'pod', 'Radio Laguna — Il mondo in trenta minuti', 'https://radiolaguna.example', 2, 'it', 'UTF-8'),
 'el': ('echo-de-la-loire.xml', 'atom', "L'Écho de la Loire — International", 'https://www.echodelaloire.example', 2, 'fr', 'utf-8'),
 'gm': ('gazette-du-leman.xml', 'rss2', 'La Gazette du Léman — Monde', 'https://www.gazetteduleman.example', 2, 'fr-ch', 'UTF-8'),
 'gd': ('gazeta-dunarii.xml', 'rss2', 'Gazeta Dunării — Externe', 'https://www.gazetadunarii.example', 3, 'ro', 'UTF-8'),
 'cv': ('chernomorski-vestnik.xml', 'atom', 'Черноморски вестник — Свят', 'https://chernomorskivestnik.example', 3, 'bg', 'utf-8'),
 'fa': ('foni-tou-aigaiou.xml', 'rss2', 'Η Φωνή του Αιγαίου - Κόσμος', 'https://www.fonitouaigaiou.example', 3, 'el', 'ISO-8859-7'),
 'ke': ('karadeniz-ekspres.xml', 'atom', 'Karadeniz Ekspres — Dış Haberler', 'https://karadenizekspres.example', 3, 'tr', 'utf-8'),
 'pn': ('panonski-pregled.xml', 'rss2', 'Panonski pregled / Pannon Szemle — Regija i svijet', 'https://panonskipregled.example', 2, 'mul', 'windows-1250'),
 'dl': ('dunavski-list.xml', 'rss1', 'Дунавски лист — Свет', 'https://dunavskilist.example', 2, 'sr', 'utf-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'fp': ('fenland-post.xml', 'rss2', 'The Fenland Post — World', 'https://www.fenlandpost.example', 1, 'en-gb', 'UTF-8'),
 'bl': ('the-buffer-line.json', 'json', "The Buffer Line — a newsletter on Europe's eastern flank by Tamsin Reyes", 'https://bufferline.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Tamsin Reyes')
