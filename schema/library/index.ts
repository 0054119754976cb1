// The generated-resource library (生成性资源库, issue 15): curation with consent and attribution, Chinese full-text search, downloads.
