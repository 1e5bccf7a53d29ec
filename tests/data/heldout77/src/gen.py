#!/usr/bin/env python3
"""Generates heldout77 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Baltic news service, January-March 2045).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'aw': ('amber-coast-wire.xml', 'atom', 'Amber Coast Wire — Baltic and world service', 'https://ambercoastwire.example', 0, 'en', 'utf-8'),
 'bl': ('baltic-lantern.xml', 'rss2', 'The Baltic Lantern — news in English from Riga', 'https://www.balticlantern.example', 2, 'en', 'UTF-8'),
 'tc': ('thames-courier.xml', 'atom', 'The Thames Courier: World', 'https://www.thamescourier.example', 0, 'en-gb', 'utf-8'),
 'nf': ('northern-flank.json', 'json', 'Northern Flank — a newsletter on Baltic and Nordic defence by Ilse Marken', 'https://northernflank.example', 0, 'en', 'utf-8'),
 'na': ('neries-aidas.xml', 'rss2', 'Neries aidas - Pasaulis ir Lietuva', 'https://www.neriesaidas.example', 2, 'lt', 'windows-1257'),
 'zu': ('ziniu-upe.xml', 'atom', 'Žinių upė — Naujienos', 'https://ziniuupe.example', 2, 'lt', 'utf-8'),
 'kp': ('kursiu-podkastas.xml', 'pod', 'Kuršių podkastas (laidos)', 'https://kursiupodkastas.example', 2, 'lt', 'UTF-8'),
 'dv': ('daugavas-vestis.xml', 'rss2', 'Daugavas Vēstis — Ziņas', 'https://www.daugavasvestis.example', 2, 'lv', 'UTF-8'),
 'rv': ('rigas-vilnis.xml', 'rss1', 'Rīgas Vilnis — radio raidījumu atšifrējumi', 'https://rigasvilnis.example', 2, 'lv', 'utf-8'),
 'tp': ('toompea-paevaleht.xml', 'rss2', 'Toompea Päevaleht - Uudised', 'https://www.toompeapaevaleht.example', 2, 'et', 'ISO-8859-15'),
 'ek': ('emajoe-kuller.xml', 'atom', 'Emajõe Kuller — Välismaa', 'https://emajoekuller.example', 2, 'et', 'utf-8'),
 'gn': ('gazeta-nadwislanska.xml', 'rss1', 'Gazeta Nadwislanska - Swiat', 'https://www.gazetanadwislanska.example', 1, 'pl', 'ISO-8859-2'),
 'pk': ('kurier-mazurski.xml', 'atom', 'Kurier Mazurski — Świat i region', 'https://kuriermazurski.example', 1, 'pl', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ilse Marken')
