#!/usr/bin/env python3
"""Generates heldout68 feeds, labels.tsv and categories.tsv from entries.txt
(the reading list of a Polish regional radio newsroom, October-December 2042).
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'rp': ('radio-pogorze-serwis.xml', 'rss2', 'Radio Pogórze — serwis informacyjny', 'https://www.radiopogorze.example', 1, 'pl', 'UTF-8'),
 'gp': ('gazeta-pobrzezna.xml', 'atom', 'Gazeta Pobrzeżna — Kraj i świat', 'https://gazetapobrzezna.example', 1, 'pl', 'utf-8'),
 'kw': ('kurier-warcianski.xml', 'rss1', 'Kurier Warciański - Wiadomości', 'https://www.kurierwarcianski.example', 1, 'pl', 'ISO-8859-2'),
 'tp': ('tygodnik-przystan.xml', 'rss2', 'Tygodnik „Przystań” — katolicki tygodnik diecezjalny', 'https://przystan.example', 1, 'pl', 'UTF-8'),
 'nk': ('nasza-kamienna-laka.json', 'json', 'Nasza Kamienna Łąka — portal lokalny', 'https://naszakamiennalaka.example', 1, 'pl', 'utf-8'),
 'aw': ('agencja-wisla.xml', 'atom', 'Agencja Informacyjna Wisła — serwis krajowy i zagraniczny', 'https://agencjawisla.example', 1, 'pl', 'utf-8'),
 'gn': ('glos-nadbuzanski.xml', 'rss1', 'Głos Nadbużański — Region i świat', 'https://glosnadbuzanski.example', 1, 'pl', 'utf-8'),
 'ew': ('echo-wschodu.xml', 'rss2', 'Echo Wschodu — portal regionalny', 'https://echowschodu.example', 1, 'pl', 'UTF-8'),
 'vv': ('volynskyi-visnyk.xml', 'rss2', 'Волинський вісник — Новини', 'https://volynskyivisnyk.example', 2, 'uk', 'windows-1251'),
 'lb': ('lvivska-brama.xml', 'atom', 'Львівська брама — Політика', 'https://lvivskabrama.example', 2, 'uk', 'utf-8'),
 'bt': ('baltic-telegraph.xml', 'rss2', 'The Baltic Telegraph — Europe', 'https://www.baltictelegraph.example', 0, 'en-gb', 'UTF-8'),
 'ef': ('eastern-flank-weekly.xml', 'atom', 'Eastern Flank Weekly — defence analysis', 'https://easternflank.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Redakcja Naszej Kamiennej Łąki')
