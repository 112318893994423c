# award.tpl - 裁决书, to each party, when the award is made.  Basis:
# 劳动争议调解仲裁法第四十六条 (the award states the claims, the facts, the
# reasons, the result and the date, signed by the arbitrators), 第四十七条
# (final awards), 第四十八条、第四十九条 (after a final award: the worker
# may sue within fifteen days, the employer may ask the intermediate court
# to set it aside within thirty), 第五十条 (after a non-final award either
# party may sue within fifteen days); 劳动人事争议仲裁办案规则 (2017) 第五十
# 条 (final and non-final items of one case in two awards).  When an award
# has items of both kinds, two documents are made from this template, each
# listing only its own part's items (part final / nonfinal: doc.name is
# then 终局裁决书 or 非终局裁决书) and ending with its own remedy sentence
# ({award.remedy}, built from the rules sue and set_aside).  Order after
# the 2017 model: the parties, the case and how it was heard, the claims,
# the facts found and the reasons (written by the arbitrator: tiaocai doc
# edit CASE award), the result per worker and item with the time to pay,
# the remedy, the tribunal and the date.  Syntax: accept-notice.tpl.

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
申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理。
%end
%if heard.on
仲裁庭于{heard.on}公开开庭进行了审理。
%else
本案依法书面审理。
%end
%? {heard.absent}经本委书面通知，无正当理由未到庭，仲裁庭依法缺席审理。
本案现已审理终结。

申请人请求：
%each claims
{claim.no}、裁决被申请人支付{claim.what}{claim.amount}；
%end

经审理查明：
%section facts

本委认为：
%section reasons

%if award.split
%if award.final
本案的终局裁决事项与非终局裁决事项分别制作裁决书（《劳动人事争议仲裁办案规则》\
第五十条），本裁决书载明终局裁决事项。
%else
本案的终局裁决事项与非终局裁决事项分别制作裁决书（《劳动人事争议仲裁办案规则》\
第五十条），本裁决书载明非终局裁决事项。
%end
%end

裁决如下：

%each workers
{worker.no}、被申请人{respondents}于{pay_within}支付申请人{worker.name}款项共计{worker.total}，其中：
%each items
{item.no}. {item.what}{item.amount}；
%end
%end
%if workers
%if award.rejected
驳回申请人的其他仲裁请求。
%end
%else
驳回申请人的仲裁请求。
%end

%? {award.remedy}

%if tribunal.sole
%foot 仲裁员　{tribunal.chief}
%else
%? %foot 首席仲裁员　{tribunal.chief}
%? %foot 仲裁员　{tribunal.members}
%end
%foot {made_on}
%? %foot 书记员　{tribunal.clerk}
%? {seal_note}
