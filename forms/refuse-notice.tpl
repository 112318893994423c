# refuse-notice.tpl - 不予受理通知书, to each applicant, when the
# application is refused.  Basis: 劳动争议调解仲裁法第二十九条 (refuse in
# writing with the reason; the applicant may then sue in a people's court);
# 劳动人事争议仲裁办案规则 (2017) 第三十一条.  Order after the 2017 model:
# addressee, receipt, the reason and the decision, the right to sue, the
# office and the date.  The reason is the one recorded with the refusal
# (tiaocai case refuse CASE --reason ...).  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

你（单位）于{received_on}向本委提交的仲裁申请书及有关材料已收到。

%? 经审查，{event.reason}。

依照《中华人民共和国劳动争议调解仲裁法》第二十九条的规定，你（单位）的申请\
不符合受理条件，本委决定不予受理。

你（单位）对本决定不服的，可以就该劳动争议事项向人民法院提起诉讼。

特此通知。

%foot {office}
%foot {made_on}
%? {seal_note}
