# decision-suspend.tpl - 中止仲裁决定书, to each party, when the case is
# suspended.  Basis: 劳动人事争议仲裁办案规则 (2017) 第四十七条 (suspension
# approved by the commission's chair or the head of the 仲裁院 it
# authorises, the parties told in writing), 第四十六条 (the suspension does
# not count in the time limit).  Order after the 2017 model: the parties,
# the case, why, the decision, its effect.  The reason is the one recorded
# with the suspension (tiaocai case suspend CASE --reason ...).  Syntax:
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

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理。

%? 本案在审理过程中出现需要中止审理的情形：{event.reason}。

依照《劳动人事争议仲裁办案规则》第四十七条的规定，经批准，决定如下：

本案自{event.on}起中止审理。中止审理的情形消除后，本案恢复审理。中止审理期间\
不计入仲裁期限（《劳动人事争议仲裁办案规则》第四十六条）。

本决定自作出之日起生效。

%foot {office}
%foot {made_on}
%? {seal_note}
