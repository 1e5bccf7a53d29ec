#!/usr/bin/env python3
"""Generates heldout32 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
# heldout32: a Kyiv TV newsroom's reading list, October-December 2032 (fiction).
FEEDS = {
 'ks': ('kanal-sviatyn-efir.xml', 'rss1', 'Канал «Святинь» — ефір і ток-шоу (стенограми)', 'https://sviatyn.example', 2, 'uk', 'utf-8'),
 'tp': ('telehram-pulse.xml', 'rss2', 'Пульс | короткі дописи', 'https://pulse-tg.example', 2, 'uk', 'UTF-8'),
 'pd': ('podilski-visti.xml', 'atom', 'Подільські вісті — Політика', 'https://podilski-visti.example', 2, 'uk', 'utf-8'),
 'lk': ('lvivskyi-kurier.xml', 'rss2', 'Львівський кур’єр — Світ і Україна', 'https://lvivkurier.example', 2, 'uk', 'UTF-8'),
 'sk': ('severnyi-kurier.xml', 'rss2', 'Северный курьер — Политика', 'https://severny-kurier.example', 3, 'ru', 'windows-1251'),
 'kp': ('kremlevsky-pul.xml', 'atom', 'Кремлёвский пул — лента', 'https://kreml-pool.example', 3, 'ru', 'utf-8'),
 'kw': ('kremlin-watch.xml', 'rss1', 'Kremlin Watch — daily notes from Moscow', 'https://kremlinwatch.example', 0, 'en', 'utf-8'),
 'rb': ('rheinbote.xml', 'rss2', 'Der Rheinbote: Ausland', 'https://www.rheinbote.example', 1, 'de', 'ISO-8859-15'),
 'vd': ('vltavsky-denik.xml', 'rss1', 'Vltavský deník: Svět', 'https://vltavsky-denik.example', 1, 'cs', 'iso-8859-2'),
 'bl': ('baltic-ledger.xml', 'rss2', 'The Baltic Ledger — Europe', 'https://www.balticledger.example', 0, 'en-gb', 'UTF-8'),
 'mw': ('meridian-wire.xml', 'atom', 'Meridian Wire — World service', 'https://meridianwire.example', 0, 'en', 'utf-8'),
 'ef': ('eastern-flank.json', 'json', 'Eastern Flank — a newsletter by Oksana Wertel', 'https://easternflank.example', 0, 'en', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Oksana Wertel')
