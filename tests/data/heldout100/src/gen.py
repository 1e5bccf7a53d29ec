#!/usr/bin/env python3
"""Generates heldout100 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'pv': ('podilskyi-visnyk.xml', 'rss2', 'Подільський вісник — Новини', 'https://podilskyivisnyk.example', 3, 'uk', 'UTF-8'),
 'lb': ('livyi-bereh-telegram.xml', 'rss2', 'Лівий берег — телеграм-стрічка', 'https://livyibereh.example', 3, 'uk', 'UTF-8'),
 'sz': ('stryzhen-columns.xml', 'atom', 'Стрижень — колонки й аналітика', 'https://stryzhen.example', 3, 'uk', 'utf-8'),
 'nk': ('nevskii-kurier.xml', 'rss2', 'Невский курьер — Политика', 'https://nevskiy-kurier.example', 3, 'ru', 'windows-1251'),
 'vb': ('volnyi-bereg.xml', 'atom', 'Вольный берег — независимые новости', 'https://volnybereg.example', 3, 'ru', 'utf-8'),
 'aw': ('allegheny-wire.xml', 'atom', 'Allegheny Wire — World', 'https://alleghenywire.example', -5, 'en', 'utf-8'),
 'rc': ('ridgeway-courier.xml', 'rss2', 'The Ridgeway Courier — World', 'https://www.ridgewaycourier.example', 0, 'en-gb', 'UTF-8'),
 'dl': ('deccan-ledger.xml', 'rss1', 'The Deccan Ledger — International', 'https://deccanledger.example', 5.5, 'en-in', 'utf-8'),
 'nl': ('eastern-flank-notes.json', 'json', 'Eastern Flank Notes — a newsletter by Maren Holt', 'https://easternflanknotes.example', 0, 'en', 'utf-8'),
 'cp': ('the-long-table-podcast.xml', 'pod', 'The Long Table — a foreign-affairs podcast from Ottawa', 'https://longtablepod.example', -5, 'en-ca', 'UTF-8'),
 'be': ('svabodnaya-prastora.xml', 'atom', 'Свабодная прастора — навіны', 'https://svabodnayaprastora.example', 3, 'be', 'utf-8'),
 'bg': ('chernomorski-glas.xml', 'rss1', 'Черноморски глас — Свят', 'https://chernomorskiglas.example', 2, 'bg', 'utf-8'),
 'el': ('aigaia-enimerosi.xml', 'atom', 'Αιγαία Ενημέρωση — Διεθνή', 'https://aigaia-enimerosi.example', 2, 'el', 'utf-8'),
 'ob': ('ostsee-presseschau.xml', 'rss2', 'Ostsee-Presseschau — Stimmen aus dem Norden', 'https://ostsee-presseschau.example', 1, 'mul', 'UTF-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Maren Holt')
