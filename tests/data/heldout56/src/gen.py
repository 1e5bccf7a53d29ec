#!/usr/bin/env python3
"""Generates heldout56 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Kraków social-media monitor, October-December 2039).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kt': ('krakow-teraz.xml', 'rss2', 'Kraków Teraz — kanał newsowy', 'https://krakowteraz.example', 1, 'pl', 'UTF-8'),
 'ws': ('wislany-skrot.xml', 'atom', 'Wiślany Skrót — najważniejsze w pięciu zdaniach', 'https://wislanyskrot.example', 1, 'pl', 'utf-8'),
 'gp': ('gazeta-podgorska.xml', 'rss2', 'Gazeta Podgórska - Świat', 'https://gazetapodgorska.example', 1, 'pl', 'ISO-8859-2'),
 'kw': ('komentator-z-kazimierza.xml', 'rss1', 'Komentator z Kazimierza - blog', 'https://zkazimierza.example', 1, 'pl', 'utf-8'),
 'pz': ('prosto-z-rynku.json', 'json', 'Prosto z Rynku — newsletter Bartka Ziołka', 'https://prostozrynku.example', 1, 'pl', 'utf-8'),
 'ai': ('ais-depesze.xml', 'atom', 'AIS — Agencja Informacyjna Sukiennice, depesze', 'https://ais-depesze.example', 1, 'pl', 'utf-8'),
 'kk': ('kyiv-korotko.xml', 'rss2', 'Київ коротко', 'https://kyivkorotko.example', 2, 'uk', 'UTF-8'),
 'ht': ('halytskyi-telehraf.xml', 'atom', 'Галицький телеграф — Новини', 'https://halytelehraf.example', 2, 'uk', 'utf-8'),
 'dz': ('dzvin-komentari.xml', 'rss1', 'Дзвін — коментарі та аналітика', 'https://dzvin-komentari.example', 2, 'uk', 'utf-8'),
 'rr': ('rubezh-segodnya.xml', 'rss2', 'Рубеж сегодня — В мире', 'https://rubezh-segodnya.example', 3, 'ru', 'windows-1251'),
 'sz': ('severny-zaslon.xml', 'atom', 'Северный заслон — аналитика', 'https://severny-zaslon.example', 3, 'ru', 'utf-8'),
 'vw': ('vistula-wire.xml', 'atom', 'Vistula Wire — English service', 'https://vistulawire.example', 0, 'en', 'utf-8'),
 'cb': ('carpathian-brief.xml', 'rss1', 'The Carpathian Brief', 'https://carpathianbrief.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Bartek Ziołek')
