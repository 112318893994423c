# hearing-notice.tpl - 开庭通知书, to each party, for one hearing (one per
# hearing scheduled).  Basis: 劳动争议调解仲裁法第三十五条 (the date and
# place in writing at least five days before; a postponement asked for with
# good reason at least three days before, the commission decides), 第三十六
# 条 (an applicant who stays away is deemed to withdraw; a respondent who
# stays away may have an award made by default); 劳动人事争议仲裁办案规则
# (2017) 第三十八条、第三十九条.  Order after the 2017 model: the case, when
# and where, the tribunal, what to bring, postponement, absence.  The
# periods are the office's rules hearing_notice and postpone.  Syntax:
# accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委定于\
{hearing.date}（{hearing.weekday}）{hearing.time}在{hearing.place}开庭审理。

%? 本案{hearing.tribunal}。

请你（单位）届时携带身份证明、证据原件和本通知准时到庭；委托代理人出庭的，\
应当同时携带授权委托书。

依照《中华人民共和国劳动争议调解仲裁法》第三十五条的规定，当事人有正当理由的，\
可以在开庭{postpone.period}前请求延期开庭，是否延期由本委决定。

%if to.applicant
你经书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，本委可以视为你\
撤回仲裁申请（《中华人民共和国劳动争议调解仲裁法》第三十六条第一款）。
%end
%if to.respondent
你（单位）经书面通知，无正当理由拒不到庭或者未经仲裁庭同意中途退庭的，\
仲裁庭可以缺席裁决（《中华人民共和国劳动争议调解仲裁法》第三十六条第二款）。
%end

特此通知。

%foot {office}
%foot {made_on}
%? {seal_note}
