#!/usr/bin/env python3
"""Generates heldout85 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'bw': ('brandywine-policy-review.xml', 'atom', 'Brandywine Policy Review — Analysis', 'https://brandywinepolicy.example', -5, 'en-us', 'utf-8'),
 'cq': ('capitol-quorum.xml', 'rss2', 'Capitol Quorum — Hearings and floor action', 'https://www.capitolquorum.example', -5, 'en-us', 'UTF-8'),
 'hb': ('harrisburg-ledger-opinion.xml', 'rss2', 'The Harrisburg Ledger — Opinion', 'https://www.harrisburgledger.example', -5, 'en-us', 'UTF-8'),
 'dp': ('second-strike-hour.xml', 'pod', 'Second Strike Hour (podcast)', 'https://secondstrikehour.example', -5, 'en', 'UTF-8'),
 'ms': ('meridian-signal.json', 'json', 'Meridian Signal — a newsletter on deterrence by Ruth Oyelaran', 'https://meridiansignal.example', 0, 'en', 'utf-8'),
 'gw': ('granite-wire.xml', 'atom', 'Granite Wire — World service', 'https://granitewire.example', 0, 'en', 'utf-8'),
 'lr': ('lakeshore-review.xml', 'rss1', 'The Lakeshore Review — Nation and world', 'https://www.lakeshorereview.example', -5, 'en-us', 'utf-8'),
 'ap': ('atlantic-pivot.xml', 'rss1', 'Atlantic Pivot — Transatlantic affairs', 'https://atlanticpivot.example', 0, 'en-gb', 'utf-8'),
 'rb': ('rheinbruecke-rundschau.xml', 'rss2', 'Rheinbrücke Rundschau: Politik', 'https://rheinbruecke-rundschau.example', 1, 'de', 'ISO-8859-15'),
 'ek': ('elbkurier.xml', 'atom', 'Elbkurier — Ausland', 'https://elbkurier.example', 1, 'de', 'utf-8'),
 'sv': ('slobidskyi-visnyk.xml', 'rss2', 'Слобідський вісник — Новини', 'https://slobidskyi-visnyk.example', 2, 'uk', 'windows-1251'),
 'kd': ('kyivska-dekada.xml', 'rss1', 'Київська декада — Політика', 'https://kyivska-dekada.example', 2, 'uk', 'utf-8'),
}

sys.path.insert(0, os.path.dirname(ROOT))
import corpusgen  # noqa: E402 (tests/data/corpusgen.py)

if __name__ == '__main__':
    corpusgen.generate(HERE, FEEDS, json_author='Ruth Oyelaran')
