#!/usr/bin/env python3
"""Generates heldout60 feeds, labels.tsv and categories.tsv from entries.txt.
The reading list of a Kyiv-based English-language newsroom, October-December
2040: English, Ukrainian and Russian-language outlets from Kharkiv and Odesa.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kl': ('kyiv-ledger.xml', 'rss2', 'The Kyiv Ledger — Ukraine & World', 'https://www.kyivledger.example', 2, 'en', 'UTF-8'),
 'dw': ('dnipro-wire.xml', 'atom', 'Dnipro Wire — English service', 'https://dniprowire.example', 0, 'en', 'utf-8'),
 'pp': ('pechersk-post.xml', 'rss1', 'The Pechersk Post', 'https://www.pecherskpost.example', 2, 'en', 'utf-8'),
 'tn': ('trench-notes.json', 'json', 'Trench Notes — dispatches by Halyna Orel', 'https://trenchnotes.example', 2, 'en', 'utf-8'),
 'bs': ('black-sea-dispatch.xml', 'atom', 'Black Sea Dispatch — Odesa in English', 'https://blackseadispatch.example', 2, 'en', 'utf-8'),
 'lr': ('left-bank-radio.xml', 'pod', 'Left Bank Radio — Conversations', 'https://leftbankradio.example', 2, 'en', 'UTF-8'),
 'sv': ('stolychnyi-visnyk.xml', 'rss2', 'Столичний вісник — Новини', 'https://stolychnyi-visnyk.example', 2, 'uk', 'UTF-8'),
 'pb': ('pravyi-bereh.xml', 'atom', 'Правий берег — Політика', 'https://pravyi-bereh.example', 2, 'uk', 'utf-8'),
 'zv': ('zbruch-vechirnii.xml', 'rss1', 'Збруч вечірній', 'https://zbruch-vechirnii.example', 2, 'uk', 'utf-8'),
 'sc': ('slobozhanskyi-chas.xml', 'rss2', 'Слобожанський час — Харків', 'https://slobchas.example', 2, 'uk', 'UTF-8'),
 'hk': ('kharkovskiy-kurier.xml', 'rss2', 'Харьковский курьер — Новости', 'https://kharkovskiy-kurier.example', 2, 'ru', 'windows-1251'),
 'om': ('odesskiy-mayak.xml', 'atom', 'Одесский маяк', 'https://odesskiy-mayak.example', 2, 'ru', 'utf-8'),
 'pi': ('privoz-info.xml', 'rss1', 'Привоз-Инфо — Одесса', 'https://privoz-info.example', 2, 'ru', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Halyna Orel')
