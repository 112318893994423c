# accept-notice.tpl - 受理通知书, to each applicant, when the case is
# accepted.  Basis: 劳动争议调解仲裁法第二十九条 (accept within five days
# of receipt and tell the applicant); 劳动人事争议仲裁办案规则 (2017) 第三十
' 条、第三十一条 (the condition十四条 (claims addedHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH请求：
%each claims
{claim.no}、裁决被申请人支付{claim.what}{claim.amount}；
%end

经审理查明：
%section facts

本委认为：
%section rasn