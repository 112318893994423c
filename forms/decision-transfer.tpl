# decision-transfer.tpl - 移送管辖决定书, to each party, when the case is
# transferred to the commission that has jurisdiction.  Basis: 劳动人事争议
# 仲裁办案规则 (2017) 第九条 (a case found outside the commission's
# jurisdiction is transferred, the parties told in writing), 第四十六条
# (the receiving commission's time limit runs from the transfer).  Order
# after the 2017 model: the parties, the case, why, the decision.  The
# place is the one recorded (tiaocai case transfer CASE --to ...).  Syntax:
# accept-notice.tpl.

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

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{received_on}收到仲裁申请。

%? 经审查，{event.reason}。

本案不属于本委管辖。依照《劳动人事争议仲裁办案规则》第九条的规定，决定如下：

本案移送{transfer.to}处理。

本决定自作出之日起生效。

%foot {office}
%foot {made_on}
%? {seal_note}
