#!/usr/bin/env python3
"""One-off check: no para: row of entries.txt may use the stock vocabulary
(English, German, Dutch, Swedish, Norwegian stems below) in title or summary.
Run: python3 src/check_para.py src/entries.txt (from the corpus directory)."""
import re, sys
ban = ['guarant','garant','security','backstop','veto','peacekeep','peace-keep','reassur','coalition of the willing','willing',
 # de
 'sicher','friedenstrupp','friedenssich','blauhelm','rückversicher','willigen','schutzmacht','beistandsgarant',
 # nl
 'veilig','vredesmacht','vredeshandhav','vredesoperat','vredesmissie','bereidwillig','geruststel','gerustgest','zekerheid',
 # sv
 'säkerhet','säkra','fredsbevar','villiga','trygg','lugna',
 # no
 'sikker','fredsbevar','villige','beroligende','berolig']
bad=0; n=0
for l in open(sys.argv[1],encoding='utf-8'):
    if not re.match(r'[a-z]{2}\d',l): continue
    f=[x.strip() for x in l.rstrip('\n').split('|')]
    if not f[8].startswith('para:'): continue
    n+=1
    txt=(f[9]+' '+f[10]).lower()
    hits=[b for b in ban if b in txt]
    if hits: bad+=1; print(f[0],hits)
print(n,'para rows,',bad,'with banned words')
sys.exit(1 if bad else 0)
