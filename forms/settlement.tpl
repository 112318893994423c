# settlement.tpl - 调解书, to each party, when the case is settled before
# the tribunal.  Basis: 劳动争议调解仲裁法第四十二条 (the tribunal mediates
# before it decides; the 调解书 states the claims and the agreement, is
# signed by the arbitrators, sealed by the commission, and takes effect
# once both parties have signed for it).  Order after the 2017 model: the
# parties, the case and the claims, the 案情 (section account, written by
# the arbitrator: tiaocai doc edit CASE settlement), the agreement per
# worker and item, the 履行方式 agreed (section terms), when it takes
# effect, the tribunal and the date.  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno

%each applicants
申请人：{party.intro}。
%? 法定代表人：{party.rep}。
%? 委托代理人：{party.agents}。
%end
%each respondents
被申请人：{party.intro}。
%? 法定代表人：{party.rep}。
%? 委托代理人：{party.agents}。
%end
%each third_parties
第三人：{party.intro}。
%? 法定代表人：{party.rep}。
%? 委托代理人：{party.agents}。
%end

%if tribunal.text
申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理，\
依法{tribunal.text}。
%else
%if mediator
申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理，\
由调解员{mediator}主持调解。
%else
申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理。
%end
%end

申请人的仲裁请求：
%each claims
{claim.no}、请求裁决被申请人支付{claim.what}{claim.amount}；
%end

%section account

%if tribunal.text
本案在仲裁庭主持下进行调解，双方当事人自愿达成如下协议：
%else
本案经调解，双方当事人自愿达成如下协议：
%end

%each workers
{worker.no}、被申请人{respondents}支付申请人{worker.name}款项共计{worker.total}，其中：
%each items
{item.no}. {item.what}{item.amount}；
%end
%end
%if !workers
被申请人{respondents}支付申请人{applicants}款项共计{outcome.total}。
%end

以上款项合计{outcome.total}。

双方当事人约定的履行期限和方式：
%section terms

双方当事人就本案再无其他争议。

本调解书经双方当事人签收后发生法律效力（《中华人民共和国劳动争议调解仲裁法》第四十二条）。

%if tribunal.sole
%foot 仲裁员　{tribunal.chief}
%else
%? %foot 首席仲裁员　{tribunal.chief}
%? %foot 仲裁员　{tribunal.members}
%end
%foot {made_on}
%? %foot 书记员　{tribunal.clerk}
%? {seal_note}
