#!/usr/bin/env python3
"""Generates heldout86 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).
Copied from heldout20's src/gen.py; only the FEEDS table and these comments differ."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# Period April-June 2047: Greece, Bulgaria and Ukraine on summer time (+3).
FEEDS = {
 'ae': ('aegean-courier.xml', 'rss2', 'The Aegean Courier — Europe & World', 'https://www.aegeancourier.example', 3, 'en', 'UTF-8'),
 'bw': ('balkan-wire.xml', 'atom', 'Balkan Wire — English service', 'https://balkanwire.example', 0, 'en', 'utf-8'),
 'sr': ('sofia-record.xml', 'rss1', 'The Sofia Record — News in English', 'https://www.sofiarecord.example', 3, 'en', 'utf-8'),
 'pd': ('pontic-dispatch.json', 'json', 'Pontic Dispatch — a Black Sea newsletter by Mara Velichkova', 'https://ponticdispatch.example', 3, 'en', 'utf-8'),
 'ms': ('meridian-straits-institute.xml', 'atom', 'Meridian Straits Institute — Commentary', 'https://meridianstraits.example', 0, 'en', 'utf-8'),
 'fp': ('foni-tou-peiraia.xml', 'rss2', 'Η Φωνή του Πειραιά — Διεθνή', 'https://www.fonipeiraia.example', 3, 'el', 'UTF-8'),
 'et': ('esperinos-tachydromos.xml', 'rss1', 'Εσπερινός Ταχυδρόμος - Κόσμος', 'https://www.esperinos.example', 3, 'el', 'ISO-8859-7'),
 'ar': ('arxipelagos-radio.xml', 'atom', 'Ραδιόφωνο Αρχιπέλαγος — Εκπομπές και δελτία', 'https://arxipelagos.example', 3, 'el', 'utf-8'),
 'sv': ('sofiyski-vestnik.xml', 'rss2', 'Софийски вестник — Свят', 'https://sofiyskivestnik.example', 3, 'bg', 'windows-1251'),
 'cm': ('chernomorska-mrezha.xml', 'atom', 'Черноморска мрежа — Варна и светът', 'https://chernomorska.example', 3, 'bg', 'utf-8'),
 'dz': ('dunavska-zarya.xml', 'rss1', 'Дунавска заря — Новини', 'https://dunavskazarya.example', 3, 'bg', 'utf-8'),
 'pk': ('prychornomorskyi-kurier.xml', 'rss2', "Причорноморський кур'єр — Новини", 'https://kurier-odesa.example', 3, 'uk', 'UTF-8'),
 'kv': ('kyivske-viche.xml', 'atom', 'Київське віче — Політика', 'https://kyivskeviche.example', 3, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Mara Velichkova')
