# decision-extend.tpl - 延长仲裁期限决定书, to each party, when the time
# limit is extended.  Basis: 劳动争议调解仲裁法第四十三条 (forty-five days
# from acceptance; a complex case may be extended once, by no more than
# fifteen days, with the chair's approval, the parties told in writing);
# 劳动人事争议仲裁办案规则 (2017) 第四十五条.  The periods are the office's
# rules close and extension; {close_due} the new last day.  Syntax:
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

申请人{applicants}与被申请人{respondents}{cause}争议一案，本委于{accepted_on}立案受理。\
本案应当自受理之日起{close.period}内结束。

%? 本案案情复杂，需要延期：{event.reason}。

依照《中华人民共和国劳动争议调解仲裁法》第四十三条和《劳动人事争议仲裁办案规则》\
第四十五条的规定，经书面批准，决定如下：

本案仲裁期限延长{extension.period}。
%? 延长后的仲裁期限至{close_due}届满。

本决定自作出之日起生效。

%foot {office}
%foot {made_on}
%? {seal_note}
