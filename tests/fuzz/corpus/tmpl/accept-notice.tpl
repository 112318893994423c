# accept-notice.tpl - 受理通知书, to each applicant, when the case is
# accepted.  Basis: 劳动争议调解仲裁法第二十九条 (accept within five days
# of receipt and tell the applicant); 劳动人事争议仲裁办案规则 (2017) 第三十
# 条、第三十一条 (the conditions and the notice), 第四十四条 (claims added or
# changed before the evidence period ends).  Order after the 2017 model
# 受理通知书 of the 人力资源社会保障部: addressee, receipt and acceptance,
# then the numbered matters, then the office and the date.
#
# The template syntax (every *.tpl file; tiaocai(5), TEMPLATES):
#
#   # ...            a comment (a line whose first non-blank is "#")
#   %title TEXT      a centred title line (the office; the document's name)
#   %caseno [TEXT]   the case number at the right (TEXT: {case_no})
#   %to TEXT         the addressee line, flush left: %to {to.name}：
#   %heading TEXT    a heading line
#   %foot TEXT       a line at the foot, at the right (office, date); the
#                    first leaves room above it for the seal
#   %each LIST       the lines down to %end once for each item of LIST
#   ...              (%each claims: {claim.no} {claim.amount} ...); a
#   %end             list of a worker's items nests inside %each workers
#   %if FIELD        the lines down to %else (or %end) when FIELD is not
#   ...              empty and not "0" (a LIST: when it has items), else
#   %else            the lines after %else; "%if !FIELD" turns it round
#   ...
#   %end
#   %section NAME    a part a person writes (tiaocai doc edit), each of its
#                    lines a paragraph; refused while not written
#   %table           a two-column table without a header, one row per
#   LABEL|VALUE      LABEL|VALUE line (the 送达回证); %if and %each may
#   %end             stand inside it
#   TEXT             any other line: one body paragraph, its first line
#                    indented two characters
#
# In any text {name} is the value of a field (the list of fields is in
# tiaocai(5), TEMPLATES); {{ and }} are a literal brace; a line ending in
# "\" goes on with the next line (its leading blanks dropped), so a long
# paragraph can be written over several lines; a line that starts with
# "%%" is a paragraph starting with "%".  A paragraph, a table row or a
# %title %caseno %to %foot %heading line marked "%?" at its start is left
# out when every field in it is empty (an optional sentence).  A field
# that is not in the catalogue, a field of a list used outside its %each,
# an %each or %if without its %end, or an unknown directive: the template
# is refused with its file and line, and no document is made.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

你（单位）于{received_on}提交的仲裁申请书及有关材料本委已收到。经审查，\
你（单位）的申请符合《中华人民共和国劳动争议调解仲裁法》第二十九条和\
《劳动人事争议仲裁办案规则》规定的受理条件，本委决定受理，已于{accepted_on}立案。\
现将有关事项通知如下：

一、本案案由为{cause}争议，对方当事人为{respondents}。本委将依法组成仲裁庭审理本案，\
仲裁庭的组成情况另行书面通知。

二、请你（单位）自收到本通知之日起十日内向本委提交下列材料：委托代理人参加仲裁活动的，\
提交由委托人签名或者盖章、载明委托事项和权限的授权委托书；申请人为用人单位的，\
提交法定代表人（主要负责人）身份证明书。

三、申请人可以在举证期限届满前书面提出增加或者变更仲裁请求；举证期限届满后提出的，\
应当另行申请仲裁（《劳动人事争议仲裁办案规则》第四十四条）。

四、在仲裁活动中，你（单位）有权委托代理人、申请回避、提供证据、进行辩论、请求调解、\
自行和解、变更或者放弃仲裁请求；同时应当遵守仲裁秩序，按时到庭，如实陈述，\
履行发生法律效力的调解书和裁决书。

%if missing_docs
五、你（单位）提交的材料尚不齐全，本委已先予受理（容缺受理）。尚缺材料如下：{missing_docs}。
%? 请于{docs_due}前向本委补齐。
%end

特此通知。

%foot {office}
%foot {made_on}
%? {seal_note}
