# respond-notice.tpl - 应诉通知书, to each respondent, served with a copy
# of the application.  Basis: 劳动争议调解仲裁法第三十条 (the copy within
# five days of acceptance; the defence within ten days of receipt; no
# defence does not stop the proceedings); 劳动人事争议仲裁办案规则 (2017)
# 第三十三条 (the application and the defence served), 第十五条 (the
# evidence period).  Order after the 2017 model: addressee, the case and
# the claims, then what the respondent must do and by when.  The defence
# period is the office's rule "defence", the evidence period the setting
# evidence_days.  Syntax: accept-notice.tpl.

%title {office}
%title {doc.name}
%caseno
%to {to.name}：

申请人{applicants}与你（单位）{cause}争议一案，本委已于{accepted_on}立案受理。\
现将仲裁申请书副本送达你（单位）。申请人的仲裁请求如下：

%each claims
{claim.no}、请求裁决被申请人支付{claim.what}{claim.amount}；
%end

以上请求金额合计{claims_total}。

依照《中华人民共和国劳动争议调解仲裁法》第三十条的规定，现将有关事项通知如下：

一、你（单位）应当自收到仲裁申请书副本之日起{defence.period}内向本委提交答辩书，\
并按申请人人数提交副本。逾期未提交答辩书的，不影响仲裁程序的进行。

二、你（单位）应当自收到举证通知书之日起{evidence.period}内向本委提交证据。\
与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；不提供的，\
应当承担不利后果。

三、请你（单位）同时提交营业执照或者其他主体资格证明的复印件、法定代表人\
（主要负责人）身份证明书；委托代理人参加仲裁活动的，提交由委托人签名或者盖章、\
载明委托事项和权限的授权委托书。

四、你（单位）可以在答辩期间提出反申请；认为仲裁员、书记员应当回避的，\
可以依法申请其回避。

特此通知。

附：仲裁申请书副本

%foot {office}
%foot {made_on}
%? {seal_note}
