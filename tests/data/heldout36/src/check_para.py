#!/usr/bin/env python3
"""One-off check: no `para:` row of entries.txt uses the stock vocabulary
(guarantee, security, backstop, veto, peacekeep-, reassurance, coalition of the
willing) or its French, Italian, Spanish, Portuguese or Catalan equivalents in
its title or summary.  Prints offending rows; silent apart from the count when clean."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
PAT = re.compile(r"guarant|garant|secur|sécur|sicurezz|seguridad|segurança|seguretat|backstop|\bvet|vét"
                 r"|peacekeep|maintien de la paix|mantenimento della pace|mantenimiento de la paz"
                 r"|manutenção da paz|manteniment de la pau|(forc|forz|fuerz|forç)\w* de? ?(la )?(paix|pace|paz|pau)"
                 r"|reassur|réassur|rassicur|reasegur|resseguro|coalition|coalizion|coalición|coligação|coalició"
                 r"|casques? bleus|caschi blu|cascos azules|capacetes azuis|cascos blaus|willing", re.I)
rows = [[x.strip() for x in l.rstrip('\n').split('|')] for l in open(os.path.join(HERE, 'entries.txt'), encoding='utf-8')
        if l.strip() and not l.startswith('#')]
byk = {r[0]: r for r in rows}
n = bad = 0
for r in rows:
    if not r[8].startswith('para:'):
        continue
    n += 1
    summ = byk[r[7]][10] if r[10] == '=' else r[10]
    for t in (r[9], summ):
        m = PAT.search(t)
        if m:
            bad += 1
            print(r[0], m.group(0), '::', t[:100])
print(f'{n} para rows, {bad} hits')
