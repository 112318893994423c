# decision-withdraw.tpl - 准予撤回仲裁申请决定书, to each party, when the
# applicant's withdrawal is allowed.  Basis: 劳动争议调解仲裁法第四十一条
# (the parties may settle between themselves and the applicant withdraw);
# 劳动人事争议仲裁办案规则 (2017) 第三十五条.
# Order after the 2017 model: the parties, the case, the request and its
# reason, the decision, its effect.  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno

%each applicants
申请人：{party.intro}。
%end
%each respondents
被申请人：{party.intro}。
%end
%each third_parties
第三人：{party.intro}。
%end

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理。\
申请人于{event.on}向本委申请撤回仲裁申请。

%? 撤回的理由：{event.reason}。

本委经审查认为，申请人撤回仲裁申请是其真实意思表示，不违反法律规定。依照\
《中华人民共和国劳动争议调解仲裁法》第四十一条的规定，决定如下：

准许申请人{applicants}撤回仲裁申请，本案终结。

本决定自作出之日起生效。

%foot {office}
%foot {made_on}
%? {seal_note}
