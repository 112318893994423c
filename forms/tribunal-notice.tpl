# tribunal-notice.tpl - 仲裁庭组成通知书, to each party, when the tribunal
# is formed.  Basis: 劳动争议调解仲裁法第三十一条 (a tribunal of three with a
# chief, or a sole arbitrator for a simple case), 第三十二条 (the parties
# told within five days of acceptance), 第三十三条 (回避); 劳动人事争议仲裁
# 办案规则 (2017) 第十一条 (when 回避 is asked), 第三十七条.  Order after the
# 2017 model: the case, the tribunal and the 书记员, the right to ask for
# 回避 and when.  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委已于{accepted_on}立案受理。\
依照《中华人民共和国劳动争议调解仲裁法》第三十一条、第三十二条的规定，\
本案{tribunal.text}。

%? 本案书记员为{tribunal.clerk}。

仲裁员、书记员有下列情形之一的，应当回避，你（单位）也有权以口头或者书面方式\
申请其回避：（一）是本案当事人或者当事人、代理人的近亲属的；（二）与本案有利害\
关系的；（三）与本案当事人、代理人有其他关系，可能影响公正裁决的；（四）私自会见\
当事人、代理人，或者接受当事人、代理人请客送礼的（《中华人民共和国劳动争议调解\
仲裁法》第三十三条）。

申请回避，应当在案件开庭审理前提出，并说明理由；回避事由在开庭审理后知道的，\
也可以在庭审辩论终结前提出。

特此通知。

%foot {office}
%foot {made_on}
%? {seal_note}
