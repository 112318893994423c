# evidence-notice.tpl - 举证通知书, to each party, on acceptance.  Basis:
# 劳动争议调解仲裁法第六条 (who asserts proves; evidence the employer
# holds, the employer provides); 劳动人事争议仲裁办案规则 (2017) 第十三条至
# 第十五条 (the burden, the evidence period and evidence given late).
# Order after the 2017 model: the case, the burden, the period, how to
# submit, an extension, the consequence of missing the period.  The period
# is the setting evidence_days.  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委已于{accepted_on}立案受理。\
依照《中华人民共和国劳动争议调解仲裁法》第六条和《劳动人事争议仲裁办案规则》\
第十三条至第十五条的规定，现将举证事项通知如下：

一、当事人对自己提出的主张，有责任提供证据。与争议事项有关的证据属于用人单位\
掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果。

二、本案举证期限为{evidence.period}，自你（单位）收到本通知之日起计算。\
请在举证期限届满前向本委提交证据，并按对方当事人人数提交副本。

三、提交证据时应当附证据清单，逐项写明证据的名称、来源、份数、页数和证明目的，\
由提交人签名或者盖章。提交书证、物证应当提交原件或者原物，提交原件确有困难的，\
可以提交经核对无误的复制件。

四、在举证期限内提交证据确有困难的，可以在期限届满前向本委书面申请延长，\
是否准许由仲裁庭决定。

五、逾期提交证据且不能说明正当理由的，仲裁庭可以不予采纳该证据，\
或者采纳该证据但予以训诫。

特此通知。

%foot {office}
%foot {made_on}
%? {seal_note}
